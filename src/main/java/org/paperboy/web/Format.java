package org.paperboy.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.paperboy.domain.Author;
import org.paperboy.domain.Paper;

/** Small display helpers for templates. Thread-safe: stateless. */
public final class Format {
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private Format() {}

  public static String longDate(LocalDate d) {
    return d == null ? "" : LONG_DATE.format(d);
  }

  public static String authors(List<Author> authors, int max) {
    List<String> names = authors.stream().map(Author::name).toList();
    if (names.size() <= max) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, max)) + " + " + (names.size() - max) + " more";
  }

  public static List<String> paragraphs(String text) {
    return text == null ? List.of() : List.of(text.split("\n\n"));
  }

  public static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static String link(Paper p, String rel) {
    return p.links().stream()
        .filter(l -> l.rel().equals(rel))
        .map(l -> l.url().toString())
        .findFirst()
        .orElse(null);
  }

  public static String arxiv(Paper p) {
    return p.ids().arxivId() == null ? null : p.ids().arxivId().value();
  }
}
