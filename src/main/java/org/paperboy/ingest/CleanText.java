package org.paperboy.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns source text (hard-wrapped, with inline LaTeX) into clean, searchable Unicode text.
 *
 * <p>Why not a LaTeX library: abstracts use a small, messy subset of LaTeX (math in {@code $…$},
 * font commands, accents, the odd {@code \href}), often unbalanced; a full LaTeX parser rejects
 * what a reader still wants to see. This cleaner never fails: what it does not know it keeps as
 * plain text. The raw text stays in the source record.
 *
 * <p>Thread-safe: stateless.
 */
public final class CleanText {
  private CleanText() {}

  private static final Pattern DROP_WITH_ARG =
      Pattern.compile(
          "\\\\(?:cite[pt]?|citet|citep|ref|eqref|label|footnote|vspace|hspace)\\*?\\{[^{}]*\\}");
  private static final Pattern HREF = Pattern.compile("\\\\href\\{[^{}]*\\}\\{([^{}]*)\\}");
  private static final Pattern COLOR =
      Pattern.compile("\\\\(?:textcolor|colorbox)\\{[^{}]*\\}\\{([^{}]*)\\}");
  private static final Pattern COLOR_SWITCH = Pattern.compile("\\\\color\\{[^{}]*\\}");
  private static final Pattern UNWRAP =
      Pattern.compile(
          "\\\\(?:textbf|textit|textsl|textsc|texttt|textrm|textsf|textup|textnormal|emph|underline|url|text|"
              + "mathbf|mathrm|mathit|mathtt|mathsf|mathcal|mathbb|mathfrak|mathscr|boldsymbol|bm|operatorname|"
              + "mbox|hbox|textsuperscript|textsubscript|overline|widetilde|tilde|hat|widehat|bar|vec)\\*?\\{([^{}]*)\\}");

  /** {@code \\'e}, {@code \\'{e}}, {@code \\"{\\i}}: a symbol accent before a letter. */
  private static final Pattern SYMBOL_ACCENT =
      Pattern.compile("\\\\(['\"`^~=.])\\s*(?:\\{\\\\?([a-zA-Z])\\}|\\\\?([a-zA-Z]))");

  /**
   * {@code \\v{c}}, {@code \\c c}: a letter accent needs braces or a space, else {@code \\url}
   * would be u-breve.
   */
  private static final Pattern LETTER_ACCENT =
      Pattern.compile("\\\\([uvHc])(?:\\{\\\\?([a-zA-Z])\\}|\\s+([a-zA-Z])(?![a-zA-Z]))");

  // Braced scripts may hold signs and brackets (10^{-1}); a bare one is digits only, so the ")" of
  // "O(n^2)" stays outside.
  private static final Pattern SUPERSCRIPT =
      Pattern.compile("\\^(?:\\{([0-9+\\-=()n]+)\\}|([0-9]+|n))");
  private static final Pattern SUBSCRIPT = Pattern.compile("_(?:\\{([0-9+\\-=()]+)\\}|([0-9]+))");
  private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
  private static final Pattern ESCAPED_SYMBOL = Pattern.compile("\\\\([%&_#${}])");

  private static final Map<Character, Character> COMBINING =
      Map.of(
          '\'', '\u0301', '"', '\u0308', '`', '\u0300', '^', '\u0302', '~', '\u0303', '=', '\u0304',
          '.', '\u0307', 'u', '\u0306', 'v', '\u030C', 'H', '\u030B');
  private static final Map<String, String> SYMBOLS = symbols();
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
  private static final String SCRIPT_KEYS = "0123456789+-=()n";

  /**
   * Clean text for a title or any single-line field: markup resolved, runs of white space made one
   * space.
   */
  public static String line(String raw) {
    if (raw == null) {
      return null;
    }
    // TeX dashes between words; a lone "--" elsewhere may be a command-line flag and is kept.
    return collapseSpaces(latex(raw)).replace(" --- ", " — ").replace(" -- ", " – ");
  }

  /**
   * Clean text for an abstract: hard wraps joined, paragraphs kept and separated by one blank line.
   * A paragraph starts after a blank line or at a line indented by two or more spaces (arXiv's
   * convention).
   *
   * @return the clean text, or null when nothing but whitespace and markup remains
   */
  public static String paragraphs(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    StringBuilder paragraph = new StringBuilder(raw.length());
    for (String rawLine : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      boolean blank = rawLine.isBlank();
      boolean indented = rawLine.startsWith("  ") || rawLine.startsWith("\t");
      if ((blank || indented) && !paragraph.isEmpty()) {
        appendParagraph(out, paragraph);
      }
      if (!blank) {
        paragraph.append(rawLine).append(' ');
      }
    }
    appendParagraph(out, paragraph);
    return out.isEmpty() ? null : out.toString();
  }

  private static void appendParagraph(StringBuilder out, StringBuilder paragraph) {
    String clean = line(paragraph.toString());
    paragraph.setLength(0);
    if (!clean.isEmpty()) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(clean);
    }
  }

  /**
   * Replaces every run of white space by one space and strips the ends; a loop, as this runs on
   * every row.
   */
  static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = !b.isEmpty();
      } else {
        if (pendingSpace) {
          b.append(' ');
          pendingSpace = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  static String latex(String text) {
    if (text.indexOf('\\') < 0
        && text.indexOf('$') < 0
        && text.indexOf('{') < 0
        && text.indexOf('^') < 0) {
      return text;
    }
    String s = text.replace("\\$", "\u0000DOLLAR\u0000");
    s = DROP_WITH_ARG.matcher(s).replaceAll("");
    s = HREF.matcher(s).replaceAll("$1");
    s = COLOR.matcher(s).replaceAll("$1");
    s = COLOR_SWITCH.matcher(s).replaceAll("");
    s = accents(s);
    for (int i = 0; i < 4; i++) { // nested font commands, innermost first
      String next = UNWRAP.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      if (next.equals(s)) {
        break;
      }
      s = next;
    }
    s = s.replace("$", "");
    s = scripts(s, SUPERSCRIPT, SUPERSCRIPTS);
    s = scripts(s, SUBSCRIPT, SUBSCRIPTS);
    s = ESCAPED_SYMBOL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(symbol(m.group(1))));
    s = s.replace("\\\\", " ").replace("{", "").replace("}", "");
    s = s.replace("``", "“").replace("''", "”");
    return s.replace("\u0000DOLLAR\u0000", "$");
  }

  private static String accents(String s) {
    return accents(accents(s, SYMBOL_ACCENT), LETTER_ACCENT);
  }

  private static String accents(String s, Pattern pattern) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String letter = m.group(2) != null ? m.group(2) : m.group(3);
      char accent = m.group(1).charAt(0);
      String replacement =
          accent == 'c'
              ? Normalizer.normalize(letter + "\u0327", Normalizer.Form.NFC)
              : Normalizer.normalize(letter + COMBINING.get(accent), Normalizer.Form.NFC);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String scripts(String s, Pattern pattern, String alphabet) {
    return pattern
        .matcher(s)
        .replaceAll(
            m -> {
              StringBuilder b = new StringBuilder();
              String script = m.group(1) != null ? m.group(1) : m.group(2);
              for (char c : script.toCharArray()) {
                int i = SCRIPT_KEYS.indexOf(c);
                if (i < 0 || i >= alphabet.length()) {
                  return Matcher.quoteReplacement(m.group());
                }
                b.append(alphabet.charAt(i));
              }
              return b.toString();
            });
  }

  private static String symbol(String command) {
    String known = SYMBOLS.get(command);
    return known != null ? known : command;
  }

  private static Map<String, String> symbols() {
    Map<String, String> m = new java.util.HashMap<>();
    String[][] pairs = {
      {"alpha", "α"},
      {"beta", "β"},
      {"gamma", "γ"},
      {"delta", "δ"},
      {"epsilon", "ε"},
      {"varepsilon", "ε"},
      {"zeta", "ζ"},
      {"eta", "η"},
      {"theta", "θ"},
      {"vartheta", "ϑ"},
      {"iota", "ι"},
      {"kappa", "κ"},
      {"lambda", "λ"},
      {"mu", "μ"},
      {"nu", "ν"},
      {"xi", "ξ"},
      {"pi", "π"},
      {"rho", "ρ"},
      {"sigma", "σ"},
      {"tau", "τ"},
      {"upsilon", "υ"},
      {"phi", "φ"},
      {"varphi", "φ"},
      {"chi", "χ"},
      {"psi", "ψ"},
      {"omega", "ω"},
      {"Gamma", "Γ"},
      {"Delta", "Δ"},
      {"Theta", "Θ"},
      {"Lambda", "Λ"},
      {"Xi", "Ξ"},
      {"Pi", "Π"},
      {"Sigma", "Σ"},
      {"Phi", "Φ"},
      {"Psi", "Ψ"},
      {"Omega", "Ω"},
      {"ell", "ℓ"},
      {"times", "×"},
      {"pm", "±"},
      {"mp", "∓"},
      {"cdot", "·"},
      {"cdots", "⋯"},
      {"ldots", "…"},
      {"dots", "…"},
      {"sim", "~"},
      {"approx", "≈"},
      {"simeq", "≃"},
      {"propto", "∝"},
      {"leq", "≤"},
      {"le", "≤"},
      {"geq", "≥"},
      {"ge", "≥"},
      {"neq", "≠"},
      {"ne", "≠"},
      {"ll", "≪"},
      {"gg", "≫"},
      {"equiv", "≡"},
      {"rightarrow", "→"},
      {"to", "→"},
      {"leftarrow", "←"},
      {"Rightarrow", "⇒"},
      {"leftrightarrow", "↔"},
      {"mapsto", "↦"},
      {"infty", "∞"},
      {"partial", "∂"},
      {"nabla", "∇"},
      {"sum", "∑"},
      {"prod", "∏"},
      {"int", "∫"},
      {"sqrt", "√"},
      {"in", "∈"},
      {"notin", "∉"},
      {"subset", "⊂"},
      {"subseteq", "⊆"},
      {"cup", "∪"},
      {"cap", "∩"},
      {"forall", "∀"},
      {"exists", "∃"},
      {"emptyset", "∅"},
      {"deg", "°"},
      {"circ", "°"},
      {"degree", "°"},
      {"prime", "′"},
      {"log", "log"},
      {"exp", "exp"},
      {"min", "min"},
      {"max", "max"},
      {"eg", "e.g."},
      {"ie", "i.e."},
      {"etal", "et al."},
      {"vs", "vs."},
      {"textendash", "–"},
      {"textemdash", "—"},
      {"ss", "ß"},
      {"o", "ø"},
      {"O", "Ø"},
      {"ae", "æ"},
      {"AE", "Æ"},
      {"aa", "å"},
      {"AA", "Å"},
      {"l", "ł"},
      {"L", "Ł"},
      {"i", "ı"},
      {"quad", " "},
      {"qquad", " "},
      {"left", ""},
      {"right", ""},
      {"big", ""},
      {"Big", ""},
      {"em", ""},
      {"it", ""},
      {"bf", ""},
      {"rm", ""},
      {"tt", ""},
      {"sc", ""},
      {"small", ""},
      {"footnotesize", ""},
      {"noindent", ""},
      {"newline", " "},
      {"and", "and"},
      {"textregistered", "®"},
      {"circledR", "®"},
      {"copyright", "©"},
      {"textasciitilde", "~"},
      {"dagger", "†"},
      {"star", "⋆"}
    };
    for (String[] p : pairs) {
      m.put(p[0], p[1]);
    }
    return Map.copyOf(m);
  }
}
