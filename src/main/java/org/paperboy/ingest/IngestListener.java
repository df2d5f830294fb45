package org.paperboy.ingest;

import java.nio.file.Path;
import org.paperboy.store.IngestIssue;

/**
 * Hears about an ingest run as it goes, e.g. to draw a progress bar. Called from the ingesting
 * thread.
 */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  default void started(int files) {}

  default void fileDone(Path file, IngestCounts soFar) {}

  /** A row or a whole file could not be used; it was recorded in the store. */
  default void issue(IngestIssue issue) {}
}
