/**
 * Enriching stored papers from Crossref and Semantic Scholar: pure mappers from their JSON to
 * papers, HTTP clients, and the rule that fills what a stored paper lacks without overriding its
 * primary source.
 */
package org.paperboy.enrich;
