package org.paperboy.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A keyword search.
 *
 * @param text the user's query; Lucene-style syntax ({@code title:…}, quotes, {@code AND}) is
 *     honoured, and text that does not parse is searched as plain words
 * @param from earliest listing or publication date, inclusive, or null
 * @param to latest listing or publication date, inclusive, or null
 * @param categories keep papers in any of these categories (e.g. {@code cs.CL}); empty for all
 * @param offset results to skip, for paging
 * @param limit results to return, 1 to 1000
 */
public record SearchQuery(
    String text, LocalDate from, LocalDate to, Set<String> categories, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    Objects.requireNonNull(text, "query text");
    categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, Set.of(), 0, limit);
  }
}
