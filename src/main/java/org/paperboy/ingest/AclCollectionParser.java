package org.paperboy.ingest;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one ACL Anthology collection file ({@code <collection><volume><meta/><paper/>…}) with StAX
 * and hands over every {@code <paper>} of every {@code <volume>} as it is read. Front matter,
 * events and other elements are skipped. A DOCTYPE is an error: Anthology files have none, and one
 * in a file is an attempt at entity tricks.
 *
 * <p>Not thread-safe: one instance per file.
 */
final class AclCollectionParser {
  private final XMLStreamReader xml;

  AclCollectionParser(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** The volume a paper is in, as far as its papers need it. */
  private record Volume(String collection, String id, String year, String booktitle) {}

  /**
   * Reads the whole file, handing papers to {@code papers} in file order.
   *
   * @throws XMLStreamException when the file is not well-formed, not a collection, or has a DOCTYPE
   */
  void parse(Consumer<AclPaperXml> papers) throws XMLStreamException {
    toRootElement();
    if (!"collection".equals(xml.getLocalName())) {
      throw error("expected <collection> as the root element, got <" + xml.getLocalName() + ">");
    }
    String collection = xml.getAttributeValue(null, "id");
    if (collection == null || collection.isBlank()) {
      throw error("<collection> has no id");
    }
    while (nextChild()) {
      if ("volume".equals(xml.getLocalName())) {
        volume(collection, papers);
      } else {
        skipElement();
      }
    }
    while (xml.hasNext()) { // trailing garbage makes the file malformed too
      xml.next();
    }
  }

  private void toRootElement() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == DTD) {
        throw error("DOCTYPE declarations are not allowed");
      }
      if (event == START_ELEMENT) {
        return;
      }
    }
    throw error("no root element");
  }

  private void volume(String collection, Consumer<AclPaperXml> papers) throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    Volume volume = new Volume(collection, id, null, null);
    while (nextChild()) {
      switch (xml.getLocalName()) {
        case "meta" -> volume = meta(volume);
        case "paper" -> papers.accept(paper(volume));
        default -> skipElement();
      }
    }
  }

  private Volume meta(Volume volume) throws XMLStreamException {
    String year = null;
    String booktitle = null;
    while (nextChild()) {
      switch (xml.getLocalName()) {
        case "year" -> year = copy(new XmlCopy()).strip();
        case "booktitle" -> booktitle = CleanText.collapseSpaces(copy(new XmlCopy()));
        default -> skipElement();
      }
    }
    return new Volume(volume.collection(), volume.id(), year, booktitle);
  }

  private AclPaperXml paper(Volume volume) throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    String paperId = xml.getAttributeValue(null, "id");
    XmlCopy payload = new XmlCopy();
    payload.startTag(xml, context(volume));
    String title = null;
    String abstractText = null;
    String url = null;
    String doi = null;
    List<AclPaperXml.AuthorXml> authors = new ArrayList<>();
    while (nextChild(payload)) {
      switch (xml.getLocalName()) {
        case "title" -> title = copy(payload);
        case "abstract" -> abstractText = copy(payload);
        case "author" -> authors.add(author(payload));
        case "url" -> url = copy(payload).strip();
        case "doi" -> doi = copy(payload).strip();
        default -> copy(payload);
      }
    }
    payload.endTag(xml);
    return new AclPaperXml(
        volume.collection(),
        volume.id(),
        paperId,
        line,
        volume.year(),
        volume.booktitle(),
        title,
        abstractText,
        authors,
        url,
        doi,
        payload.toString());
  }

  /** What a paper needs from outside its element to be derived again from its payload alone. */
  private static Map<String, String> context(Volume volume) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("collection", volume.collection());
    if (volume.id() != null) {
      attributes.put("volume", volume.id());
    }
    if (volume.year() != null) {
      attributes.put("year", volume.year());
    }
    if (volume.booktitle() != null) {
      attributes.put("booktitle", volume.booktitle());
    }
    return attributes;
  }

  private AclPaperXml.AuthorXml author(XmlCopy payload) throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    payload.startTag(xml);
    String first = null;
    String last = null;
    while (nextChild(payload)) {
      switch (xml.getLocalName()) {
        case "first" -> first = copy(payload);
        case "last" -> last = copy(payload);
        default -> copy(payload); // <variant> spellings, <affiliation>
      }
    }
    payload.endTag(xml);
    return new AclPaperXml.AuthorXml(first, last, id);
  }

  /**
   * Copies the element at the cursor into {@code payload} and returns its text: the text of inline
   * markup ({@code <fixed-case>}, {@code <i>}, {@code <url>} …) as is, the LaTeX of {@code
   * <tex-math>} as clean Unicode.
   */
  private String copy(XmlCopy payload) throws XMLStreamException {
    boolean math = "tex-math".equals(xml.getLocalName());
    payload.startTag(xml);
    StringBuilder text = new StringBuilder();
    while (nextChild(payload, text)) {
      text.append(copy(payload));
    }
    payload.endTag(xml);
    return math ? CleanText.line(text.toString()) : text.toString();
  }

  private boolean nextChild(XmlCopy payload) throws XMLStreamException {
    return nextChild(payload, null);
  }

  /**
   * Moves to the next child's start tag (true) or to the current element's end tag (false), copying
   * what lies between into {@code payload} and its text into {@code text} unless null.
   */
  private boolean nextChild(XmlCopy payload, StringBuilder text) throws XMLStreamException {
    while (true) {
      switch (next()) {
        case START_ELEMENT -> {
          return true;
        }
        case END_ELEMENT -> {
          return false;
        }
        case CHARACTERS, CDATA, SPACE -> {
          String chars = xml.getText();
          payload.text(chars);
          if (text != null) {
            text.append(chars);
          }
        }
        case COMMENT -> payload.comment(xml.getText());
        case PROCESSING_INSTRUCTION ->
            payload.processingInstruction(xml.getPITarget(), xml.getPIData());
        default -> {}
      }
    }
  }

  /** Like {@link #nextChild(XmlCopy)} for structure outside papers, where nothing is copied. */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == START_ELEMENT) {
        return true;
      }
      if (event == END_ELEMENT) {
        return false;
      }
    }
  }

  private void skipElement() throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = next();
      if (event == START_ELEMENT) {
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      }
    }
  }

  /** The next event inside the root element, where the document must not end. */
  private int next() throws XMLStreamException {
    int event = xml.next();
    if (event == END_DOCUMENT) {
      throw error("the document ends inside an element");
    }
    return event;
  }

  private XMLStreamException error(String message) {
    return new XMLStreamException(message, xml.getLocation());
  }
}
