/**
 * The vocabulary of Paperboy: papers, authors, identifiers and the raw source records they come
 * from. Immutable records that validate themselves; no framework imports.
 */
package org.paperboy.domain;
