package org.paperboy.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * The source of truth for papers and their source records. The search index is derived from it.
 *
 * <p>Thread-safe: one instance is shared by the whole process; reads may run concurrently, writes
 * go through one {@link IngestTransaction} at a time. Close it once, at shutdown.
 */
public interface PaperStore extends AutoCloseable {

  Optional<Paper> paper(long id);

  Optional<Paper> paperByArxivId(ArxivId id);

  /** Papers with the given ids, in the order given; unknown ids are left out. */
  List<Paper> papers(List<Long> ids);

  /** Papers listed on {@code day}, newest arXiv id first. */
  List<Paper> listedOn(LocalDate day);

  /** The listing day closest to {@code day} (or the latest when null) with its neighbours. */
  Optional<ListingDay> listingDay(LocalDate day);

  /**
   * Streams every paper changed after {@code afterRevision} in id order, in pages, without holding
   * them all.
   *
   * @return the highest revision seen, or {@code afterRevision} when nothing changed
   */
  long forEachPaper(long afterRevision, Consumer<Paper> consumer);

  /** The store's current revision: it grows with every committed change to a paper. */
  long revision();

  List<SourceRecord> sourceRecords(long paperId);

  /**
   * Streams every source record with the id of its paper, ordered by paper, then by when it was
   * stored.
   */
  void forEachSourceRecord(java.util.function.BiConsumer<Long, SourceRecord> consumer);

  StoreStats stats();

  /**
   * A SHA-256 over every paper and source record in canonical form: equal stores have equal
   * checksums.
   */
  String checksum();

  List<IngestIssue> ingestIssues();

  /** Where the harvest with this key stands, if it ever started. */
  Optional<HarvestCheckpoint> checkpoint(String harvest);

  /** Whether a file with this content hash was read to its end before. */
  boolean isFileIngested(String sha256);

  List<IngestedFile> ingestedFiles();

  /**
   * Starts a write transaction; the caller commits or closes (closing without commit rolls back).
   */
  IngestTransaction begin();

  /** The embedding cache kept in the same database; closed with this store. */
  EmbeddingStore embeddings();

  @Override
  void close();
}
