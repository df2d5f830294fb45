package org.paperboy.index;

import java.util.List;

/**
 * A page of results.
 *
 * @param totalHits how many papers match in all (may be a lower bound when {@code totalIsExact} is
 *     false)
 */
public record SearchResults(long totalHits, boolean totalIsExact, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
