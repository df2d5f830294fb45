package org.paperboy.cli;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.enrich.CrossrefClient;
import org.paperboy.enrich.CrossrefConfig;
import org.paperboy.enrich.CrossrefSource;
import org.paperboy.enrich.Enricher;
import org.paperboy.enrich.Enricher.Outcome;
import org.paperboy.enrich.EnrichmentSource;
import org.paperboy.enrich.RateLimitedException;
import org.paperboy.enrich.SemanticScholarClient;
import org.paperboy.enrich.SemanticScholarConfig;
import org.paperboy.enrich.SemanticScholarSource;
import org.paperboy.enrich.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperboy enrich}: looks stored papers up at Crossref or Semantic Scholar and fills the
 * venue, DOI, dates and Semantic Scholar id they lack.
 */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
      "Looks stored papers up at Crossref (papers with a DOI) or Semantic Scholar (a DOI or an arXiv"
          + " id) and fills what they lack: venue, year, publication date, DOI, Semantic Scholar id,"
          + " a missing abstract. Titles, authors and abstracts from the primary source are kept.",
      "Safe to interrupt (Ctrl-C) and to re-run: papers looked up before at the same service are"
          + " skipped; papers the service did not know are asked again."
    })
final class EnrichCommand implements Callable<Integer> {
  /** Consecutive failures after which the service, not one paper, is taken to be the problem. */
  private static final int FAILURES_TO_STOP = 3;

  @ParentCommand PaperboyCommand top;
  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      defaultValue = "s2",
      paramLabel = "NAME",
      description = "crossref or s2 (Semantic Scholar). Default: ${DEFAULT-VALUE}.")
  String source;

  @Option(
      names = "--limit",
      defaultValue = "100",
      paramLabel = "N",
      description = "Papers to look up in this run. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The service's API root (default: the real service).")
  URI baseUrl;

  @Option(
      names = "--mailto",
      paramLabel = "ADDRESS",
      description =
          "Contact address Crossref asks polite clients to send (default: $PAPERBOY_MAILTO).")
  String mailto;

  @Option(
      names = "--delay-ms",
      defaultValue = "1000",
      paramLabel = "MS",
      description =
          "Pause between requests, to stay within the services' limits. Default: ${DEFAULT-VALUE}.")
  long delayMs;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
    }
    if (delayMs < 0) {
      throw new ParameterException(
          spec.commandLine(), "--delay-ms must be 0 or more, got " + delayMs);
    }
    try (EnrichmentSource service = openSource();
        Home home = new Home(top.dataDir());
        StopSignal stop = new StopSignal()) {
      Enricher enricher = new Enricher(home.store(), service);
      List<Long> candidates = enricher.candidates();
      Run run = new Run(enricher, stop);
      try (Progress progress =
          Progress.of("enrich", Math.min(limit, candidates.size()), "papers")) {
        run.over(candidates, progress);
      }
      System.out.println(run.summary(service.name(), candidates.size()));
      if (run.counts.get(Outcome.ENRICHED) > 0) {
        System.out.printf(Locale.ROOT, "indexed %,d changed papers%n", home.syncIndex());
      }
      if (stop.getAsBoolean()) {
        System.out.println("interrupted: run the same command again to continue");
        return 130;
      }
      return run.failures > 0 || run.rateLimited ? 1 : 0;
    }
  }

  private EnrichmentSource openSource() {
    return switch (source) {
      case "crossref" -> new CrossrefSource(new CrossrefClient(crossrefConfig()));
      case "s2" -> new SemanticScholarSource(new SemanticScholarClient(s2Config()));
      default ->
          throw new ParameterException(
              spec.commandLine(), "--source must be crossref or s2, got '" + source + "'");
    };
  }

  private CrossrefConfig crossrefConfig() {
    String address = mailto != null ? mailto : System.getenv("PAPERBOY_MAILTO");
    if (address == null || address.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "Crossref asks clients to name a contact: --mailto you@example.org (or set PAPERBOY_MAILTO)");
    }
    CrossrefConfig config = CrossrefConfig.of(address);
    return baseUrl == null ? config : config.withBaseUrl(baseUrl);
  }

  private SemanticScholarConfig s2Config() {
    SemanticScholarConfig config = SemanticScholarConfig.defaults();
    String key = System.getenv("PAPERBOY_S2_API_KEY");
    if (key != null && !key.isBlank()) {
      config = config.withApiKey(key.strip());
    }
    return baseUrl == null ? config : config.withBaseUrl(baseUrl);
  }

  /** One pass over the candidates, counting what happened. Not thread-safe. */
  private final class Run {
    private final Enricher enricher;
    private final StopSignal stop;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int lookedUp;
    private int failures;
    private int failuresInARow;
    private boolean rateLimited;

    Run(Enricher enricher, StopSignal stop) {
      this.enricher = enricher;
      this.stop = stop;
      for (Outcome o : Outcome.values()) {
        counts.put(o, 0);
      }
    }

    void over(List<Long> candidates, Progress progress) {
      for (long id : candidates) {
        if (lookedUp >= limit || stop.getAsBoolean() || !enrichOne(id)) {
          return;
        }
        progress.stepTo(lookedUp);
        progress.message(
            String.format(
                Locale.ROOT,
                "%,d enriched, %,d not found",
                counts.get(Outcome.ENRICHED),
                counts.get(Outcome.NOT_FOUND)));
      }
    }

    /** Enriches one paper; false when the run should stop. */
    private boolean enrichOne(long id) {
      Outcome outcome;
      try {
        outcome = enricher.enrich(id);
      } catch (RateLimitedException e) {
        System.err.println("stopping: " + e.getMessage());
        rateLimited = true;
        return false;
      } catch (ServiceException e) {
        System.err.println("paper " + id + ": " + e.getMessage());
        lookedUp++;
        failures++;
        failuresInARow++;
        if (failuresInARow >= FAILURES_TO_STOP) {
          System.err.println("stopping after " + FAILURES_TO_STOP + " failures in a row");
          return false;
        }
        return pause();
      }
      failuresInARow = 0;
      counts.merge(outcome, 1, Integer::sum);
      if (outcome == Outcome.DONE_BEFORE) {
        return true;
      }
      lookedUp++;
      return pause();
    }

    /** The polite pause between requests; false when interrupted. */
    private boolean pause() {
      if (delayMs == 0 || lookedUp >= limit) {
        return true;
      }
      try {
        Thread.sleep(delayMs);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.err.println("interrupted while pausing between requests");
        return false;
      }
    }

    String summary(String name, int candidateCount) {
      return String.format(
          Locale.ROOT,
          "%s: %,d candidates, %,d looked up: %,d enriched, %,d unchanged, %,d not found, %,d failed;"
              + " %,d skipped (looked up before)",
          name,
          candidateCount,
          lookedUp,
          counts.get(Outcome.ENRICHED),
          counts.get(Outcome.UNCHANGED),
          counts.get(Outcome.NOT_FOUND),
          failures,
          counts.get(Outcome.DONE_BEFORE));
    }
  }
}
