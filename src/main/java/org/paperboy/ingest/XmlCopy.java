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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
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

  /** Escapes white space other than blanks too: a parser would otherwise normalise it away. */
  private void attributeValue(String value) {
    out.append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> out.append(c);
      }
    }
    out.append('"');
  }
}
