package org.paperboy.store;

import java.time.Instant;
import java.util.Objects;
import org.paperboy.domain.Require;

/**
 * Where a paged remote harvest stands, stored in the same transaction as the page it follows, so
 * that a crash at any point resumes from the last stored page with nothing lost or stored twice.
 *
 * @param harvest what is harvested (endpoint, format, set, date range) as one key
 * @param resumptionToken the token for the next page; null before the first page and after the last
 * @param pages pages stored so far
 * @param records records read so far
 * @param completeListSize the repository's own count of the whole list, null when it does not say
 * @param lastResponseDate the repository's clock at the last page (the next incremental harvest's
 *     {@code from}), null before the first page
 * @param completed whether the last page has been stored
 * @param updatedAt when this checkpoint was written
 */
public record HarvestCheckpoint(
    String harvest,
    String resumptionToken,
    long pages,
    long records,
    Long completeListSize,
    String lastResponseDate,
    boolean completed,
    Instant updatedAt) {
  public HarvestCheckpoint {
    Require.nonBlank(harvest, "harvest");
    Require.nonNegative(pages, "pages");
    Require.nonNegative(records, "records");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (completed && resumptionToken != null) {
      throw new IllegalArgumentException(
          "a completed harvest has no resumption token, got '" + resumptionToken + "'");
    }
  }

  /** The state before the first page. */
  public static HarvestCheckpoint start(String harvest, Instant now) {
    return new HarvestCheckpoint(harvest, null, 0, 0, null, null, false, now);
  }
}
