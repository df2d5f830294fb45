package org.paperboy.format;

import java.util.Locale;

/**
 * Makes clean Unicode text safe inside a braced BibTeX field. Letters stay UTF-8 (biber, bibtex8
 * and LaTeX since 2018 read UTF-8); characters that mean something to BibTeX or LaTeX are escaped
 * so they print as themselves:
 *
 * <ul>
 *   <li>{@code % & $ # _} → {@code \% \& \$ \# \_};
 *   <li>braces, backslash, {@code ~} and {@code ^} → {@code \textbraceleft{}} and the like: BibTeX
 *       counts braces even when they are escaped, so a lone escaped brace would unbalance a field;
 *   <li>{@code --}, {@code ``} and {@code ''} get an empty group between the two characters, or TeX
 *       would set a dash or curly quotes.
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
final class BibtexEscape {
  private BibtexEscape() {}

  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '%', '&', '$', '#', '_' -> b.append('\\').append(c);
        case '{' -> b.append("\\textbraceleft{}");
        case '}' -> b.append("\\textbraceright{}");
        case '\\' -> b.append("\\textbackslash{}");
        case '~' -> b.append("\\textasciitilde{}");
        case '^' -> b.append("\\textasciicircum{}");
        case '-', '`', '\'' -> b.append(previous == c ? "{}" : "").append(c);
        default -> b.append(c);
      }
      previous = c;
    }
    return b.toString();
  }

  /**
   * One author for an {@code author} list: braced when BibTeX would otherwise split it ({@code
   * Barnes and Noble}) or read it as "Last, First".
   */
  static String name(String name) {
    String escaped = text(name);
    boolean splits =
        name.indexOf(',') >= 0 || (" " + name.toLowerCase(Locale.ROOT) + " ").contains(" and ");
    return splits ? "{" + escaped + "}" : escaped;
  }

  /**
   * A field meant verbatim (DOI, URL): only braces and backslashes would break the entry, and they
   * are percent-encoded as in a URL.
   */
  static String verbatim(String s) {
    return s.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
  }
}
