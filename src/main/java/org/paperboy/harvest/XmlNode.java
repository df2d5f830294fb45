package org.paperboy.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, immutable element tree for one record read with StAX: enough to map the record and to
 * keep it verbatim as a source record, without a DOM parser (and its separate hardening) for whole
 * responses. Element names are local names; namespaces are dropped. Thread-safe: immutable.
 */
record XmlNode(String name, Map<String, String> attributes, List<Object> content) {

  /** Reads the element the reader is positioned on (a START_ELEMENT) up to its END_ELEMENT. */
  static XmlNode read(XMLStreamReader r) throws XMLStreamException {
    String name = r.getLocalName();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    List<Object> content = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> content.add(read(r));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            content.add(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return new XmlNode(name, Map.copyOf(attributes), List.copyOf(content));
        }
        default -> {
          // comments and processing instructions carry no metadata
        }
      }
    }
    throw new XMLStreamException("document ended inside <" + name + ">", r.getLocation());
  }

  List<XmlNode> children() {
    return content.stream().filter(XmlNode.class::isInstance).map(XmlNode.class::cast).toList();
  }

  List<XmlNode> children(String childName) {
    return children().stream().filter(c -> c.name.equals(childName)).toList();
  }

  Optional<XmlNode> child(String childName) {
    return children(childName).stream().findFirst();
  }

  /** The text of the first child with this name, or null. */
  String text(String childName) {
    return child(childName).map(XmlNode::text).orElse(null);
  }

  /** All text inside this element, markup removed. */
  String text() {
    StringBuilder b = new StringBuilder();
    appendText(b);
    return b.toString();
  }

  private void appendText(StringBuilder b) {
    for (Object o : content) {
      if (o instanceof XmlNode n) {
        n.appendText(b);
      } else {
        b.append(o);
      }
    }
  }

  /** This element as XML text (the source record's payload). */
  String toXml() {
    StringBuilder b = new StringBuilder();
    appendXml(b);
    return b.toString();
  }

  private void appendXml(StringBuilder b) {
    b.append('<').append(name);
    attributes.forEach(
        (k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
    if (content.isEmpty()) {
      b.append("/>");
      return;
    }
    b.append('>');
    for (Object o : content) {
      if (o instanceof XmlNode n) {
        n.appendXml(b);
      } else {
        b.append(escape((String) o));
      }
    }
    b.append("</").append(name).append('>');
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
