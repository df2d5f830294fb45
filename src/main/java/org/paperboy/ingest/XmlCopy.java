package org.paperboy.ingest;

import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * Re-serialises the elements a StAX reader walks over into XML text, for source-record payloads.
 *
 * <p>The copy is equivalent, not byte-identical: an empty element {@code <a/>} becomes {@code
 * <a></a>}, attribute quotes become double quotes, and characters are escaped only where XML needs
 * it. Not thread-safe: one per copied element.
 */
final class XmlCopy {
  private final StringBuilder out = new StringBuilder(2048);

  /** Writes the start tag the reader is at. */
  void startTag(XMLStreamReader xml) {
    startTag(xml, Map.of());
  }

  /**
   * Writes the start tag the reader is at, with {@code extra} attributes after its own; an extra
   * attribute the element already has is left out, so the copy stays well-formed.
   */
  void startTag(XMLStreamReader xml, Map<String, String> extra) {
    out.append('<');
    name(xml.getPrefix(), xml.getLocalName());
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      String prefix = xml.getNamespacePrefix(i);
      attribute(
          prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, xml.getNamespaceURI(i));
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      out.append(' ');
      name(xml.getAttributePrefix(i), xml.getAttributeLocalName(i));
      attributeValue(xml.getAttributeValue(i));
    }
    extra.forEach(
        (name, value) -> {
          if (xml.getAttributeValue(null, name) == null) {
            attribute(name, value);
          }
        });
    out.append('>');
  }

  /** Writes the end tag the reader is at. */
  void endTag(XMLStreamReader xml) {
    out.append("</");
    name(xml.getPrefix(), xml.getLocalName());
    out.append('>');
  }

  void text(String text) {
    escape(text, false);
  }

  void comment(String text) {
    out.append("<!--").append(text).append("-->");
  }

  void processingInstruction(String target, String data) {
    out.append("<?").append(target);
    if (data != null && !data.isEmpty()) {
      out.append(' ').append(data);
    }
    out.append("?>");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void name(String prefix, String localName) {
    if (prefix != null && !prefix.isEmpty()) {
      out.append(prefix).append(':');
    }
    out.append(localName);
  }

  private void attribute(String name, String value) {
    out.append(' ').append(name);
    attributeValue(value);
  }

  private void attributeValue(String value) {
    out.append("=\"");
    escape(value, true);
    out.append('"');
  }

  /**
   * Appends {@code s} with what XML needs escaped, in runs: most text needs nothing. In attribute
   * values quotes are escaped and so is white space other than blanks, which a parser would
   * otherwise normalise away.
   */
  private void escape(String s, boolean attribute) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      String escaped = escaped(s.charAt(i), attribute);
      if (escaped != null) {
        out.append(s, run, i).append(escaped);
        run = i + 1;
      }
    }
    out.append(s, run, s.length());
  }

  private static String escaped(char c, boolean attribute) {
    if (c > '>') { // the common case: every character that needs escaping sorts before '>'
      return null;
    }
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> attribute ? null : "&gt;";
      case '"' -> attribute ? "&quot;" : null;
      case '\n' -> attribute ? "&#10;" : null;
      case '\r' -> attribute ? "&#13;" : null;
      case '\t' -> attribute ? "&#9;" : null;
      default -> null;
    };
  }
}
