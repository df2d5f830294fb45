package org.paperboy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Reads one kind of source file into source records and the papers they describe.
 *
 * <p>Implementations are stateless and thread-safe; {@link #read} may be called for many files.
 */
public interface SourceReader {

  /**
   * The source's short name, stored with every record ({@code arxiv-listing}, {@code acl-anthology}
   * …).
   */
  String source();

  /** Whether this reader recognises {@code file} by its name. */
  boolean accepts(Path file);

  /**
   * Reads {@code file}, handing each usable record to {@code sink} and reporting each unusable row
   * as a skip.
   *
   * @throws IOException when the file itself cannot be read on (missing, truncated, corrupt
   *     compression); rows handed to the sink before that stay valid
   */
  void read(Path file, Sink sink) throws IOException;

  /** Receives what a reader finds, in file order. */
  interface Sink {
    void accept(SourceRecord record, Paper paper);

    /**
     * Reports a row that cannot be used; the reader goes on with the next one.
     *
     * @param line 1-based line (or record) number in the file
     * @param reason short reason, e.g. {@code malformed-json}
     * @param message what exactly was wrong
     */
    void skip(long line, String reason, String message);
  }
}
