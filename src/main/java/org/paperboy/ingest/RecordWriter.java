package org.paperboy.ingest;

import java.util.Optional;
import org.paperboy.dedup.PaperMerge;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.store.IngestTransaction;

/**
 * Stores one source record and merges the paper it describes into the store, inside the caller's
 * transaction: a record stored before changes nothing; a paper with a known external id is merged
 * ({@link PaperMerge}); otherwise it is inserted. Every reader and harvester goes through here, so
 * they all keep the same guarantees. Thread-safe: stateless.
 */
public final class RecordWriter {
  private RecordWriter() {}

  /** What writing one record did. */
  public enum Outcome {
    /** The same record (source, id, payload) was stored already. */
    UNCHANGED,
    /** A new paper. */
    PAPER_ADDED,
    /** A known paper, changed by the record. */
    PAPER_UPDATED,
    /** A known paper the record adds nothing to (its record is kept for provenance). */
    RECORD_ADDED
  }

  public static Outcome write(IngestTransaction tx, SourceRecord record, Paper paper) {
    if (tx.hasSourceRecord(record)) {
      return Outcome.UNCHANGED;
    }
    Optional<Paper> stored = tx.findByExternalIds(paper.ids());
    Outcome outcome;
    long paperId;
    if (stored.isEmpty()) {
      paperId = tx.insert(paper).id();
      outcome = Outcome.PAPER_ADDED;
    } else {
      paperId = stored.get().id();
      Paper merged = PaperMerge.merge(stored.get(), paper);
      outcome = merged.equals(stored.get()) ? Outcome.RECORD_ADDED : Outcome.PAPER_UPDATED;
      if (outcome == Outcome.PAPER_UPDATED) {
        tx.update(stored.get(), merged);
      }
    }
    tx.addSourceRecord(record, paperId);
    return outcome;
  }
}
