package org.paperboy.ingest;

import java.util.List;

/** Every file reader Paperboy has, in the order {@code paperboy ingest} tries them by file name. */
public final class SourceReaders {
  private SourceReaders() {}

  public static List<SourceReader> all() {
    return List.of(
        new ArxivListingReader(),
        new PaperlistsReader(),
        new AclAnthologyReader(),
        new BibtexReader());
  }
}
