package org.paperboy.store;

import java.util.Optional;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/** One write transaction. Not thread-safe: used by one thread, then committed or closed. */
public interface IngestTransaction extends AutoCloseable {

  /**
   * Whether a record with the same source, id and payload is stored already (then there is nothing
   * to do).
   */
  boolean hasSourceRecord(SourceRecord record);

  /** Stores a source record of a paper; a record already stored is left as it is. */
  void addSourceRecord(SourceRecord record, long paperId);

  /** Finds the stored paper sharing any external id with {@code ids}. */
  Optional<Paper> findByExternalIds(ExternalIds ids);

  /** Inserts a new paper (id 0) with its authors and listing dates; returns it with its new id. */
  Paper insert(Paper paper);

  /**
   * Replaces {@code stored} (as read in this transaction) by {@code updated}, writing only what
   * differs.
   */
  void update(Paper stored, Paper updated);

  void recordIssue(IngestIssue issue);

  void markFileIngested(IngestedFile file);

  /** Writes (inserts or replaces) a harvest's checkpoint, committed with the page it follows. */
  void saveCheckpoint(HarvestCheckpoint checkpoint);

  /** Forgets a harvest's checkpoint, so that it starts over (stored records stay). */
  void deleteCheckpoint(String harvest);

  /** Inserts a paper keeping its id, for restoring a backup. */
  void restore(Paper paper);

  /** Inserts a source record for a restored paper. */
  void restoreSourceRecord(long paperId, SourceRecord record);

  void commit();

  /** Rolls back unless committed. */
  @Override
  void close();
}
