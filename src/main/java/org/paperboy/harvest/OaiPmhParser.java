package org.paperboy.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.ingest.SafeXml;

/**
 * Parses OAI-PMH ListRecords responses with StAX (DTDs and external entities off). Thread-safe: the
 * factory is shared, each parse has its own reader.
 */
final class OaiPmhParser {
  private static final XMLInputFactory XML = SafeXml.inputFactory();

  private OaiPmhParser() {}

  /**
   * @param source where the response came from, for error messages
   * @throws OaiPmhException for an OAI-PMH {@code <error>} response
   * @throws IOException for XML that is not well-formed, naming the source, line and column
   */
  static OaiPmhPage parse(InputStream in, String source) throws IOException {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      try {
        return page(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      throw new IOException(
          "malformed OAI-PMH response from " + source + where + ": " + e.getMessage(), e);
    }
  }

  private static OaiPmhPage page(XMLStreamReader r) throws XMLStreamException {
    String responseDate = null;
    List<XmlNode> records = new ArrayList<>();
    String token = null;
    Long size = null;
    boolean root = false;
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "OAI-PMH" -> root = true;
        case "responseDate" -> responseDate = r.getElementText().strip();
        case "error" -> {
          String code = r.getAttributeValue(null, "code");
          throw new OaiPmhException(code == null ? "unknown" : code, r.getElementText().strip());
        }
        case "record" -> records.add(XmlNode.read(r));
        case "resumptionToken" -> {
          String sizeAttr = r.getAttributeValue(null, "completeListSize");
          size = sizeAttr == null || sizeAttr.isBlank() ? null : Long.valueOf(sizeAttr.strip());
          token = r.getElementText();
        }
        default -> {
          // request echo, ListRecords wrapper: nothing to keep
        }
      }
    }
    if (!root) {
      throw new XMLStreamException("not an OAI-PMH response (no <OAI-PMH> root element)");
    }
    return new OaiPmhPage(responseDate, records, token, size);
  }
}
