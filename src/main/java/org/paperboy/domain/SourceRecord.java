package org.paperboy.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A raw record as one source delivered it, kept so that any paper can be re-derived from its
 * sources.
 *
 * @param source the source's short name, e.g. {@code arxiv-listing}
 * @param sourceId the record's id within the source, unique per source together with the payload
 * @param fetchedAt when Paperboy read it
 * @param origin where it was read from (file and line, or URL), for error reports and provenance
 * @param payload the record exactly as delivered (one JSON line, one XML element, one BibTeX entry)
 */
public record SourceRecord(
    String source, String sourceId, Instant fetchedAt, String origin, String payload) {
  public SourceRecord {
    Require.nonBlank(source, "source");
    Require.nonBlank(sourceId, "sourceId");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Require.nonBlank(origin, "origin");
    Require.nonBlank(payload, "payload");
  }
}
