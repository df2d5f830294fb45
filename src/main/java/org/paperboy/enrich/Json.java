package org.paperboy.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant reads from service JSON, where any field may be absent or {@code null}. */
final class Json {
  private Json() {}

  /** The text of {@code node.field}, or null when absent, null, not a string or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
  }

  /** The first non-blank string of the array {@code node.field}, or null. */
  static String firstText(JsonNode node, String field) {
    for (JsonNode item : node.path(field)) {
      if (item.isTextual() && !item.asText().isBlank()) {
        return item.asText().strip();
      }
    }
    return null;
  }

  /** The non-blank strings of the array {@code node.field}, in order. */
  static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      if (item.isTextual() && !item.asText().isBlank()) {
        out.add(item.asText().strip());
      }
    }
    return out;
  }
}
