package org.paperboy.ingest;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way Paperboy parses XML: StAX with DTDs and external entities off, so a hostile file
 * (XXE, entity expansion) is an error, never a network call, a file read or a hang.
 *
 * <p>Thread-safe after creation; {@link XMLInputFactory} instances may be shared by readers.
 */
public final class SafeXml {
  private SafeXml() {}

  /** A new factory that refuses DTDs and external entities and merges adjacent text. */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }
}
