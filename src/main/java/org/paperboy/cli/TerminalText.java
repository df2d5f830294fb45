package org.paperboy.cli;

/** Renders highlighter HTML for a terminal: matches in bold, entities decoded. */
final class TerminalText {
  private TerminalText() {}

  static String fromHighlight(String html) {
    boolean tty = System.console() != null;
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
