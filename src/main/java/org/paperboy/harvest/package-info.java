/**
 * Harvesting remote sources over HTTP: arXiv's OAI-PMH (bulk, resumable page by page) and its Atom
 * API (on-demand lookups, small feeds). Every page is stored with its checkpoint in one
 * transaction.
 */
package org.paperboy.harvest;
