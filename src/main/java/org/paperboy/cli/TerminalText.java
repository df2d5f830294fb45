package org.paperboy.cli;

/** Renders highlighter HTML for a terminal: matches in bold, entities decoded. */
final class TerminalText {
  private TerminalText() {}

  // On JDK 21 a null console means output is not a terminal; on 22+ the check is looser, and a
  // stray bold
  // escape in a pipe is the only cost.
  @SuppressWarnings("SystemConsoleNull")
  static String fromHighlight(String html) {
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
    return html.replace("<mark>", tty ? "\u001b[1m" : "*")
        .replace("</mark>", tty ? "\u001b[0m" : "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
