package org.paperboy.index;

/**
 * One result of a search.
 *
 * @param paperId the paper's store id
 * @param score the engine's relevance score (comparable only within one result list)
 * @param titleHtml the title with matched terms in {@code <mark>}, HTML-escaped otherwise
 * @param snippetHtml an abstract passage with matched terms in {@code <mark>}, HTML-escaped; null
 *     when none
 */
public record SearchHit(long paperId, float score, String titleHtml, String snippetHtml) {}
