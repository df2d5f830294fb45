package org.paperboy.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.ingest.CleanText;

/**
 * Turns the markup services put in titles and abstracts (JATS such as {@code <jats:p>}, HTML such
 * as {@code <i>}, {@code <scp>}, character entities) into clean text.
 *
 * <p>Why patterns, not an XML parser: the fragments use undeclared namespace prefixes and HTML
 * entities, and are sometimes unbalanced; a parser would reject what a reader can still use. Tags
 * are dropped as text (their content kept) and only a tag-shaped {@code <} is taken for markup, so
 * "p < 0.05" survives.
 *
 * <p>Thread-safe: stateless.
 */
final class Markup {
  private Markup() {}

  private static final Pattern BLOCK =
      Pattern.compile(
          "</?(?:jats:)?(?:p|title|sec|list|list-item|disp-quote|def-list|br)(?:\\s[^<>]*)?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w.:-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|\\w+);");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"),
          Map.entry("times", "×"),
          Map.entry("minus", "−"),
          Map.entry("plusmn", "±"),
          Map.entry("deg", "°"));

  /** Headings that only announce the abstract; other section titles are kept as paragraphs. */
  private static final Set<String> GENERIC_HEADINGS = Set.of("abstract", "summary");

  /** One line of clean text: tags dropped, entities decoded, white space collapsed. */
  static String line(String raw) {
    return raw == null ? null : CleanText.line(decode(TAG.matcher(raw).replaceAll("")));
  }

  /**
   * Clean paragraphs separated by a blank line, split where block elements ({@code <jats:p>},
   * {@code <jats:sec>} …) begin or end; a leading "Abstract" heading is dropped.
   *
   * @return the text, or null when nothing but markup and white space remains
   */
  static String paragraphs(String raw) {
    if (raw == null) {
      return null;
    }
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLOCK.splitAsStream(raw).toList()) {
      String clean = line(block);
      boolean heading =
          paragraphs.isEmpty() && GENERIC_HEADINGS.contains(clean.toLowerCase(Locale.ROOT));
      if (!clean.isEmpty() && !heading) {
        paragraphs.add(clean);
      }
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The character an entity stands for; an unknown entity is kept as written. */
  private static String entity(String name, String written) {
    if (name.charAt(0) != '#') {
      return NAMED.getOrDefault(name, written);
    }
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    return Character.isValidCodePoint(codePoint) && codePoint != 0
        ? Character.toString(codePoint)
        : written;
  }
}
