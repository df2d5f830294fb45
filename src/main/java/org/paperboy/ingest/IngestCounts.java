package org.paperboy.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What an ingest run did, counted by outcome; skips by reason. Not thread-safe: one per run. */
public final class IngestCounts {
  long rows;
  long papersAdded;
  long papersUpdated;
  long recordsAdded;
  long recordsUnchanged;
  long filesRead;
  long filesAlreadyIngested;
  long filesFailed;
  private final Map<String, Long> skipped = new TreeMap<>();

  /** Counts a row that was read and used (or found unchanged). */
  public void add(RecordWriter.Outcome outcome) {
    rows++;
    switch (outcome) {
      case UNCHANGED -> recordsUnchanged++;
      case PAPER_ADDED -> {
        recordsAdded++;
        papersAdded++;
      }
      case PAPER_UPDATED -> {
        recordsAdded++;
        papersUpdated++;
      }
      case RECORD_ADDED -> recordsAdded++;
    }
  }

  /** Counts a row that was read and skipped. */
  public void skippedRow(org.paperboy.store.IngestIssue issue) {
    rows++;
    skip(issue);
  }

  /** Counts a problem by reason (a bad row, or a whole file that could not be read on). */
  public void skip(org.paperboy.store.IngestIssue issue) {
    skipped.merge(issue.reason(), 1L, Long::sum);
  }

  public long rows() {
    return rows;
  }

  public long papersAdded() {
    return papersAdded;
  }

  public long papersUpdated() {
    return papersUpdated;
  }

  public long recordsAdded() {
    return recordsAdded;
  }

  public long recordsUnchanged() {
    return recordsUnchanged;
  }

  public long filesRead() {
    return filesRead;
  }

  public long filesAlreadyIngested() {
    return filesAlreadyIngested;
  }

  public long filesFailed() {
    return filesFailed;
  }

  public Map<String, Long> skipped() {
    return Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d rows from %,d files (%,d already ingested, %,d failed): %,d papers added, %,d updated,"
            + " %,d source records added, %,d unchanged, %,d skipped %s",
        rows,
        filesRead,
        filesAlreadyIngested,
        filesFailed,
        papersAdded,
        papersUpdated,
        recordsAdded,
        recordsUnchanged,
        skippedTotal(),
        skipped);
  }
}
