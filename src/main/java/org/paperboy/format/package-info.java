/**
 * Presentation formats for sets of papers: how a search result or a whole store is written out for
 * other tools (BibTeX for reference managers and LaTeX).
 */
package org.paperboy.format;
