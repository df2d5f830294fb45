package org.paperboy.harvest;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.RecordWriter;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.PaperStore;

/**
 * Stores what the arXiv API returns: pages of a search, newest first, until a cutoff date or a
 * maximum count; each page in one transaction. Used for small feeds and for the first run of a new
 * instance. Not thread-safe: one run at a time.
 */
public final class ArxivApiHarvest {
  private final PaperStore store;
  private final ArxivApiClient api;
  private final HttpFetcher.Sleeper sleeper;
  private final Duration delay;

  public ArxivApiHarvest(
      PaperStore store, ArxivApiClient api, HttpFetcher.Sleeper sleeper, Duration delay) {
    this.store = store;
    this.api = api;
    this.sleeper = sleeper;
    this.delay = delay;
  }

  /**
   * Stores the newest papers matching {@code query} submitted on or after {@code since} (null for
   * no cutoff), at most {@code max} of them.
   *
   * @param afterPage called with the counts so far after each stored page
   */
  public IngestCounts newest(
      String query,
      LocalDate since,
      int max,
      BooleanSupplier stop,
      Consumer<IngestCounts> afterPage)
      throws IOException, InterruptedException {
    IngestCounts counts = new IngestCounts();
    int start = 0;
    while (start < max && !stop.getAsBoolean()) {
      ArxivApiClient.Page page = api.search(query, start, true);
      boolean reachedCutoff = false;
      try (IngestTransaction tx = store.begin()) {
        for (ArxivApiClient.Entry e : page.entries()) {
          if (since != null
              && e.paper().firstPublished() != null
              && e.paper().firstPublished().isBefore(since)) {
            reachedCutoff = true;
            break;
          }
          counts.add(RecordWriter.write(tx, e.record(), e.paper()));
        }
        tx.commit();
      }
      afterPage.accept(counts);
      start += page.entries().size();
      if (reachedCutoff || page.entries().isEmpty() || start >= page.totalResults()) {
        break;
      }
      sleeper.sleep(delay);
    }
    return counts;
  }
}
