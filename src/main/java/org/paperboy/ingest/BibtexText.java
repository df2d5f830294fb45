package org.paperboy.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Turns the LaTeX in a BibTeX field value ({@code {\"u}ber}, {@code \'{e}}, {@code {{BERT}}}) into
 * clean Unicode text.
 *
 * <p>jbibtex's {@link LaTeXParser} builds the tree; the printing is ours because jbibtex's {@link
 * LaTeXPrinter} (1.0.20) loses too much: it drops the circumflex, cedilla, macron, ogonek, dot and
 * double-acute accents ({@code J\'{e}r\^{o}me} → "Jérome"), prints {@code \i} and {@code \oe} as
 * nothing, and maps {@code \tau} to σ (its Greek table is shifted by one from sigma on). Accents
 * here are Unicode combining marks composed to NFC, so every accent works on every letter.
 *
 * <p>jbibtex's LaTeX lexer rejects characters outside a few Unicode blocks (CJK, emoji, "…"), so
 * non-ASCII characters pass the parser as placeholders; ties ({@code ~}) become spaces and a bare
 * {@code &}, {@code #} or {@code %} is taken literally, as a reader would. Text the parser still
 * rejects (math in {@code $…$}, {@code _}, unbalanced braces) is cleaned by {@link CleanText},
 * which never fails.
 *
 * <p>Not thread-safe: holds a parser; use one per reading thread.
 */
final class BibtexText {
  /** A control word no source uses: carries one code point past the lexer as its decimal value. */
  private static final String CODE_POINT = "paperboycodepoint";

  private static final Map<String, Character> COMBINING =
      Map.ofEntries(
          Map.entry("`", '\u0300'),
          Map.entry("'", '\u0301'),
          Map.entry("^", '\u0302'),
          Map.entry("~", '\u0303'),
          Map.entry("=", '\u0304'),
          Map.entry("u", '\u0306'),
          Map.entry(".", '\u0307'),
          Map.entry("\"", '\u0308'),
          Map.entry("r", '\u030A'),
          Map.entry("H", '\u030B'),
          Map.entry("v", '\u030C'),
          Map.entry("d", '\u0323'),
          Map.entry("c", '\u0327'),
          Map.entry("k", '\u0328'),
          Map.entry("b", '\u0331'),
          Map.entry("t", '\u0361'));

  /** Letters and spacing commands jbibtex lacks or gets wrong; others fall back to its table. */
  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("dh", "ð"),
          Map.entry("DH", "Ð"),
          Map.entry("th", "þ"),
          Map.entry("TH", "Þ"),
          Map.entry("ng", "ŋ"),
          Map.entry("NG", "Ŋ"),
          Map.entry("dj", "đ"),
          Map.entry("DJ", "Đ"),
          Map.entry("textcopyright", "©"),
          Map.entry("\\", " "),
          Map.entry(" ", " "),
          Map.entry(",", " "),
          Map.entry(";", " "),
          Map.entry(":", " "),
          Map.entry("!", ""),
          Map.entry("-", ""),
          Map.entry("/", ""),
          Map.entry("today", ""),
          Map.entry("sigma", "σ"),
          Map.entry("varsigma", "ς"),
          Map.entry("tau", "τ"),
          Map.entry("upsilon", "υ"),
          Map.entry("phi", "φ"),
          Map.entry("varphi", "φ"),
          Map.entry("chi", "χ"),
          Map.entry("psi", "ψ"),
          Map.entry("omega", "ω"),
          Map.entry("varepsilon", "ε"),
          Map.entry("vartheta", "ϑ"),
          Map.entry("Gamma", "Γ"),
          Map.entry("Delta", "Δ"),
          Map.entry("Theta", "Θ"),
          Map.entry("Lambda", "Λ"),
          Map.entry("Xi", "Ξ"),
          Map.entry("Pi", "Π"),
          Map.entry("Sigma", "Σ"),
          Map.entry("Upsilon", "Υ"),
          Map.entry("Phi", "Φ"),
          Map.entry("Psi", "Ψ"),
          Map.entry("Omega", "Ω"));

  /** Far beyond any real title ({@code {{BERT}}} is 2), far below a stack overflow. */
  private static final int MAX_GROUP_DEPTH = 64;

  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private final LaTeXParser parser;

  BibtexText() {
    try {
      parser = new LaTeXParser();
    } catch (ParseException e) {
      // The no-argument constructor parses an empty string; failing here is a broken library.
      throw new IllegalStateException("cannot create jbibtex's LaTeX parser", e);
    }
  }

  /** Clean single-line text (title, venue, a name): markup resolved, white space collapsed. */
  String line(String raw) {
    if (raw == null) {
      return null;
    }
    String printed = print(raw);
    return printed == null ? CleanText.line(ties(raw)) : CleanText.collapseSpaces(printed);
  }

  /**
   * Clean multi-paragraph text (an abstract): paragraphs split at blank lines, each collapsed to
   * one line.
   *
   * @return the clean text, or null when nothing but white space and markup remains
   */
  String paragraphs(String raw) {
    if (raw == null) {
      return null;
    }
    String printed = print(raw);
    if (printed == null) {
      return CleanText.paragraphs(ties(raw));
    }
    StringBuilder out = new StringBuilder(printed.length());
    for (String paragraph : BLANK_LINE.split(printed, -1)) {
      String clean = CleanText.collapseSpaces(paragraph);
      if (!clean.isEmpty()) {
        out.append(out.isEmpty() ? "" : "\n\n").append(clean);
      }
    }
    return out.isEmpty() ? null : out.toString();
  }

  /**
   * The printed text, or null when jbibtex's parser rejects the LaTeX: such text (math, stray
   * {@code _}, unbalanced braces) is expected in titles and abstracts, and the caller cleans it
   * with {@link CleanText} instead.
   *
   * <p>Only words with markup go through the parser: it reads one token per character, and plain
   * words are most of an abstract. A word ends at white space outside braces, except after a
   * control word, which takes the space after it as in TeX ({@code Stra\ss e}).
   */
  private String print(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      if (Character.isWhitespace(raw.charAt(i))) {
        out.append(raw.charAt(i++));
        continue;
      }
      int end = wordEnd(raw, i);
      while (end < raw.length() && endsWithControlWord(raw, i, end)) {
        end = wordEnd(raw, skipWhitespace(raw, end));
      }
      if (hasMarkup(raw, i, end)) {
        String printed = printLatex(raw.substring(i, end));
        if (printed == null) {
          return null;
        }
        out.append(printed);
      } else {
        out.append(raw, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  private String printLatex(String raw) {
    if (nestedDeeperThan(raw, MAX_GROUP_DEPTH)) {
      return null; // jbibtex's parser recurses per group; thousands of braces overflow the stack
    }
    List<LaTeXObject> tree;
    try {
      tree = parser.parse(protect(raw));
    } catch (ParseException | TokenMgrException e) {
      return null;
    }
    Printer printer = new Printer();
    printer.print(tree);
    return printer.out.toString();
  }

  private static boolean nestedDeeperThan(String s, int max) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
      if (depth > max) {
        return true;
      }
    }
    return false;
  }

  /** Where the word at {@code start} ends: at white space outside braces. */
  static int wordEnd(String s, int start) {
    int depth = 0;
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (depth <= 0 && Character.isWhitespace(c)) {
        break;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      i++;
    }
    return Math.min(i, s.length());
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean endsWithControlWord(String s, int from, int to) {
    int letters = to;
    while (letters > from && isAsciiLetter(s.charAt(letters - 1))) {
      letters--;
    }
    boolean backslash = letters < to && letters > from && s.charAt(letters - 1) == '\\';
    boolean escaped = letters - 2 >= from && s.charAt(letters - 2) == '\\';
    return backslash && !escaped;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether the text has anything LaTeX would not print as it stands. */
  private static boolean hasMarkup(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ("\\{}$~%&#^_".indexOf(c) >= 0) {
        return true;
      }
      if ((c == '-' || c == '`' || c == '\'') && i + 1 < to && s.charAt(i + 1) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prepares raw text for jbibtex's lexer: non-ASCII code points become placeholders, a tie a
   * space, a bare {@code & # %} an escaped one. A backslash and the character after it are kept as
   * they are, so {@code \~n} stays an accent and {@code \%} stays escaped.
   */
  static String protect(String raw) {
    StringBuilder b = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\\' && next < raw.length() && raw.charAt(next) < 128) {
        b.append('\\').append(raw.charAt(next));
        next++;
      } else if (c == '~') {
        b.append(' ');
      } else if (c == '&' || c == '#' || c == '%') {
        b.append('\\').append((char) c);
      } else if (c >= 128) {
        b.append('\\').append(CODE_POINT).append('{').append(c).append('}');
      } else {
        b.append((char) c);
      }
      i = next;
    }
    return b.toString();
  }

  /** Ties are spaces in the fallback too; {@link CleanText} does not know BibTeX's {@code ~}. */
  private static String ties(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean escaped = i > 0 && raw.charAt(i - 1) == '\\';
      b.append(c == '~' && !escaped ? ' ' : c);
    }
    return b.toString();
  }

  /** Prints one parsed tree; an accent command waits for the text it sits on. */
  private static final class Printer {
    final StringBuilder out = new StringBuilder();
    private char pendingAccent;

    void print(List<LaTeXObject> objects) {
      for (int i = 0; i < objects.size(); i++) {
        LaTeXObject object = objects.get(i);
        if (object instanceof LaTeXCommand command) {
          String protectedChar =
              protectedChar(command, i + 1 < objects.size() ? objects.get(i + 1) : null);
          if (protectedChar != null) {
            append(protectedChar);
            i++;
          } else {
            command(command.getName());
          }
        } else if (object instanceof LaTeXGroup group) {
          Printer inner = new Printer();
          inner.print(group.getObjects());
          append(inner.out.toString());
        } else if (object instanceof LaTeXString string) {
          append(typography(string.getValue()));
        }
      }
    }

    private void command(String name) {
      Character accent = COMBINING.get(name);
      if (accent != null) {
        pendingAccent = accent;
        return;
      }
      String symbol = SYMBOLS.get(name);
      if (symbol == null) {
        symbol = LaTeXPrinter.getSymbol(name);
      }
      // Unknown commands (\emph, \textbf …) print nothing; their argument group prints as text.
      if (symbol != null) {
        append(symbol);
      }
    }

    private void append(String text) {
      if (pendingAccent != 0 && !text.isEmpty()) {
        int first = text.codePointAt(0);
        int base = first == 'ı' ? 'i' : first == 'ȷ' ? 'j' : first;
        out.append(
            Normalizer.normalize(
                new StringBuilder().appendCodePoint(base).append(pendingAccent),
                Normalizer.Form.NFC));
        out.append(text, Character.charCount(first), text.length());
      } else {
        out.append(text);
      }
      pendingAccent = 0;
    }

    /** The character behind a placeholder from {@link #protect}, or null for any other command. */
    private static String protectedChar(LaTeXCommand command, LaTeXObject argument) {
      if (CODE_POINT.equals(command.getName())
          && argument instanceof LaTeXGroup group
          && group.getObjects().size() == 1
          && group.getObjects().get(0) instanceof LaTeXString digits
          && !digits.getValue().isEmpty()
          && digits.getValue().length() <= 7
          && digits.getValue().chars().allMatch(c -> c >= '0' && c <= '9')) {
        int codePoint = Integer.parseInt(digits.getValue());
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
      }
      return null;
    }

    /** TeX ligatures of plain text; single quotes stay ASCII, as other sources write them. */
    private static String typography(String s) {
      if (s.indexOf('-') < 0 && s.indexOf('`') < 0 && s.indexOf('\'') < 0) {
        return s;
      }
      return s.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”");
    }
  }
}
