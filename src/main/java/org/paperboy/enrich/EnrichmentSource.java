package org.paperboy.enrich;

import java.util.Objects;
import java.util.Optional;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * A service that may know more about a stored paper. Implementations state their thread-safety;
 * close one when done with it.
 */
public interface EnrichmentSource extends AutoCloseable {

  /** The source name on the records it produces, e.g. {@code crossref}. */
  String name();

  /** Whether it can look the paper up (it has the right id) and may fill something it lacks. */
  boolean wants(Paper stored);

  /**
   * Looks the paper up; empty when the service does not know it.
   *
   * @throws ServiceException when the service fails
   */
  Optional<Found> lookUp(Paper stored);

  @Override
  void close();

  /**
   * What a service answered about a paper.
   *
   * @param record the answer as a source record (kept as provenance, and as the mark that the paper
   *     was looked up)
   * @param paper the answer as a paper, or null when it cannot be one (it has no title)
   */
  record Found(SourceRecord record, Paper paper) {
    public Found {
      Objects.requireNonNull(record, "record");
    }
  }
}
