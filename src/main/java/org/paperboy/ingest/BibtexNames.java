package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BibTeX name lists, which jbibtex leaves as one string: {@code "Curie, Marie and Jan de Vries and
 * others"}. Names are separated by the word {@code and} outside braces ({@code {Barnes and Noble}}
 * is one name); {@code others} stands for names left out. Works on the raw LaTeX, before it is
 * cleaned, because braces decide where a name ends.
 *
 * <p>Thread-safe: stateless.
 */
final class BibtexNames {
  private BibtexNames() {}

  /**
   * The names in byline order, each in display order ("Last, First" → "First Last"; "Last, Jr,
   * First" → "First Last Jr"), still raw LaTeX; {@code others} is left out.
   */
  static List<String> split(String raw) {
    List<String> names = new ArrayList<>();
    List<String> name = new ArrayList<>();
    for (String word : wordsOutsideBraces(raw)) {
      if (word.toLowerCase(Locale.ROOT).equals("and")) {
        add(names, name);
        name = new ArrayList<>();
      } else {
        name.add(word);
      }
    }
    add(names, name);
    return names;
  }

  private static void add(List<String> names, List<String> words) {
    String name = String.join(" ", words);
    if (!name.isEmpty() && !name.equalsIgnoreCase("others")) {
      names.add(displayOrder(name));
    }
  }

  /** "von Last, First" → "First von Last"; "von Last, Jr, First" → "First von Last Jr". */
  static String displayOrder(String name) {
    List<String> parts = splitOutsideBraces(name, ',');
    return switch (parts.size()) {
      case 2 -> join(parts.get(1), parts.get(0));
      case 3 -> join(parts.get(2), parts.get(0), parts.get(1));
      default -> name;
    };
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      String p = part.strip();
      if (!p.isEmpty()) {
        b.append(b.isEmpty() ? "" : " ").append(p);
      }
    }
    return b.toString();
  }

  /** Splits at white space outside braces; a backslash escapes the next character. */
  private static List<String> wordsOutsideBraces(String raw) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        word.append(c).append(raw.charAt(++i));
        continue;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth <= 0 && Character.isWhitespace(c)) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  private static List<String> splitOutsideBraces(String raw, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == separator && depth <= 0) {
        parts.add(raw.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(raw.substring(start));
    return parts;
  }
}
