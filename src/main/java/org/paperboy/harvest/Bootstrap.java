package org.paperboy.harvest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.paperboy.domain.Require;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.store.PaperStore;

/**
 * The first run of a new instance: fetches the last days of some arXiv categories through the API
 * in the background, so that real papers show up within minutes, and reports how far it got.
 *
 * <p>Thread-safe: {@link #run()} runs once on its own thread; {@link #status()} may be read from
 * any thread (request handlers) at any time.
 */
public final class Bootstrap implements Runnable {
  private static final Pattern CATEGORY = Pattern.compile("[a-z-]+(?:\\.[A-Za-z-]+)?");

  /** How far the bootstrap is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * What a page shows about the bootstrap.
   *
   * @param papers papers stored so far
   * @param message for people: what is happening, or what went wrong and what to do instead
   */
  public record Status(State state, List<String> categories, long papers, String message) {
    public Status {
      Objects.requireNonNull(state, "state");
      categories = List.copyOf(categories);
    }
  }

  private final PaperStore store;
  private final ArxivApiClient api;
  private final List<String> categories;
  private final int days;
  private final Clock clock;
  private final HttpFetcher.Sleeper sleeper;
  private final Runnable afterPage;
  private volatile Status status;

  /**
   * @param afterPage runs after each stored page (the server brings its index up to date there)
   */
  public Bootstrap(
      PaperStore store,
      ArxivApiClient api,
      List<String> categories,
      int days,
      Clock clock,
      HttpFetcher.Sleeper sleeper,
      Runnable afterPage) {
    this.store = store;
    this.api = api;
    this.categories = List.copyOf(categories);
    this.days = days;
    this.clock = clock;
    this.sleeper = sleeper;
    this.afterPage = afterPage;
    this.status =
        new Status(
            State.RUNNING,
            categories,
            0,
            "Fetching the last "
                + days
                + " days of "
                + String.join(", ", categories)
                + " from arXiv…");
  }

  /** Parses {@code arxiv:cs.LG,cs.CL} into its categories. */
  public static List<String> parseSpec(String spec) {
    Require.nonBlank(spec, "bootstrap spec");
    if (!spec.startsWith("arxiv:")) {
      throw new IllegalArgumentException(
          "bootstrap spec must look like 'arxiv:cs.LG,cs.CL', got '" + spec + "'");
    }
    List<String> categories = List.of(spec.substring("arxiv:".length()).split(","));
    for (String c : categories) {
      if (!CATEGORY.matcher(c.strip()).matches()) {
        throw new IllegalArgumentException("not an arXiv category: '" + c + "' in '" + spec + "'");
      }
    }
    return categories.stream().map(String::strip).toList();
  }

  public Status status() {
    return status;
  }

  @Override
  public void run() {
    String query = String.join(" OR ", categories.stream().map(c -> "cat:" + c).toList());
    try {
      IngestCounts counts =
          new ArxivApiHarvest(store, api, sleeper, ArxivApiClient.politeDelay())
              .newest(
                  query,
                  LocalDate.now(clock).minusDays(days),
                  5_000,
                  () -> false,
                  c -> progress(c));
      afterPage.run();
      status =
          new Status(
              State.DONE,
              categories,
              counts.rows(),
              String.format(
                  Locale.ROOT,
                  "Fetched %,d papers of the last %d days of %s.",
                  counts.rows(),
                  days,
                  String.join(", ", categories)));
    } catch (IOException | RuntimeException e) {
      status =
          new Status(
              State.FAILED,
              categories,
              status.papers(),
              "Could not fetch papers from arXiv ("
                  + e.getMessage()
                  + "). Paperboy works offline: load papers with"
                  + " ./paperboy ingest PATH (for example the arXiv listings in ../shared/data/arxiv-daily).");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = new Status(State.FAILED, categories, status.papers(), "Stopped.");
    }
  }

  private void progress(IngestCounts counts) {
    afterPage.run();
    status =
        new Status(
            State.RUNNING,
            categories,
            counts.rows(),
            String.format(
                Locale.ROOT,
                "Fetching the last %d days of %s from arXiv: %,d papers so far…",
                days,
                String.join(", ", categories),
                counts.rows()));
  }
}
