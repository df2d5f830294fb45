package org.paperboy.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.PaperStore;

/**
 * Enriches stored papers from one {@link EnrichmentSource}, one paper per transaction: the answer
 * is kept as a source record of the paper and the paper updated by the {@link Enrichment} rule. A
 * paper with a record from the source was looked up before and is skipped, so an interrupted run
 * resumes where it stopped. A paper the service does not know gets no record and is asked again
 * next time.
 *
 * <p>Thread-safe when its source is; the store serialises the writes.
 */
public final class Enricher {
  /** What enriching one paper did. */
  public enum Outcome {
    /** found, and the paper gained something */
    ENRICHED,
    /** found, nothing new; the answer is kept as a record all the same */
    UNCHANGED,
    /** the service does not know the paper */
    NOT_FOUND,
    /** looked up by an earlier run: skipped without asking */
    DONE_BEFORE
  }

  private final PaperStore store;
  private final EnrichmentSource source;

  public Enricher(PaperStore store, EnrichmentSource source) {
    this.store = Objects.requireNonNull(store, "store");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Ids of the stored papers the source can look up and that lack something, ascending. */
  public List<Long> candidates() {
    List<Long> ids = new ArrayList<>();
    store.forEachPaper(
        0,
        p -> {
          if (source.wants(p)) {
            ids.add(p.id());
          }
        });
    return ids;
  }

  /**
   * Looks the stored paper up and keeps what the source adds.
   *
   * @throws IllegalArgumentException when no paper has this id
   * @throws ServiceException when the service fails; nothing is written then
   */
  public Outcome enrich(long paperId) {
    Paper stored =
        store
            .paper(paperId)
            .orElseThrow(() -> new IllegalArgumentException("no paper with id " + paperId));
    if (lookedUpBefore(paperId)) {
      return Outcome.DONE_BEFORE;
    }
    Optional<EnrichmentSource.Found> found = source.lookUp(stored);
    if (found.isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    try (IngestTransaction tx = store.begin()) {
      Paper enriched =
          found.get().paper() == null
              ? stored
              : Enrichment.apply(stored, withoutIdsOfOthers(tx, paperId, found.get().paper()));
      if (!enriched.equals(stored)) {
        tx.update(stored, enriched);
      }
      tx.addSourceRecord(found.get().record(), paperId);
      tx.commit();
      return enriched.equals(stored) ? Outcome.UNCHANGED : Outcome.ENRICHED;
    }
  }

  private boolean lookedUpBefore(long paperId) {
    return store.sourceRecords(paperId).stream().anyMatch(r -> r.source().equals(source.name()));
  }

  /**
   * The found paper without the DOI or S2 id another stored paper holds: ids are unique in the
   * store, and two stored records of one work are for deduplication to merge, not for enrichment.
   */
  private static Paper withoutIdsOfOthers(IngestTransaction tx, long paperId, Paper found) {
    ExternalIds ids = found.ids();
    if (ids.doi() != null && heldByOther(tx, paperId, ExternalIds.NONE.withDoi(ids.doi()))) {
      ids = ids.withDoi(null);
    }
    if (ids.s2Id() != null && heldByOther(tx, paperId, ExternalIds.NONE.withS2Id(ids.s2Id()))) {
      ids = ids.withS2Id(null);
    }
    return ids.equals(found.ids()) ? found : found.toBuilder().ids(ids).build();
  }

  private static boolean heldByOther(IngestTransaction tx, long paperId, ExternalIds id) {
    return tx.findByExternalIds(id).filter(p -> p.id() != paperId).isPresent();
  }
}
