package org.paperboy.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts that say what the store holds.
 *
 * @param skipped ingest issues by reason
 */
public record StoreStats(
    long papers,
    long papersWithAbstract,
    long sourceRecords,
    long listingDays,
    LocalDate firstListingDay,
    LocalDate lastListingDay,
    long ingestedFiles,
    Map<String, Long> skipped,
    long revision) {
  public StoreStats {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
