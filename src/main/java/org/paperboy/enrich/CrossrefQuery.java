package org.paperboy.enrich;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A search of Crossref works ({@code /works?query=…}).
 *
 * @param text free text matched against all fields, or null
 * @param fields field queries by field name without the {@code query.} prefix, e.g. {@code author},
 *     {@code bibliographic}, {@code container-title}
 * @param rows results wanted, 1 to 1000, or 0 to leave it to the service (20)
 */
public record CrossrefQuery(String text, Map<String, String> fields, int rows) {
  public CrossrefQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    fields = Map.copyOf(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    for (var f : fields.entrySet()) {
      if (!f.getKey().matches("[a-z]+(?:-[a-z]+)*")) {
        throw new IllegalArgumentException(
            "a field query is named like 'author' or 'container-title', got '" + f.getKey() + "'");
      }
      if (f.getValue().isBlank()) {
        throw new IllegalArgumentException("field query '" + f.getKey() + "' is blank");
      }
    }
    if (rows < 0 || rows > 1000) {
      throw new IllegalArgumentException("rows must be 0 (service default) to 1000, got " + rows);
    }
  }

  /** Free text, with the number of results wanted. */
  public static CrossrefQuery of(String text, int rows) {
    return new CrossrefQuery(text, Map.of(), rows);
  }

  /** The same query with a field query added, e.g. {@code withField("author", "boettiger")}. */
  public CrossrefQuery withField(String name, String value) {
    Map<String, String> more = new TreeMap<>(fields);
    more.put(name, value);
    return new CrossrefQuery(text, more, rows);
  }
}
