package org.paperboy.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperboy.harvest.ArxivApiClient;
import org.paperboy.harvest.ArxivApiHarvest;
import org.paperboy.harvest.HttpFetcher;
import org.paperboy.harvest.OaiPmhHarvester;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.RecordWriter;
import org.paperboy.store.IngestTransaction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy harvest …}: fetches papers from remote sources into the store. */
@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = "Fetches papers from remote sources (resumable, polite) and updates the index.",
    subcommands = {HarvestCommand.Oai.class, HarvestCommand.Api.class})
final class HarvestCommand {
  static final String USER_AGENT =
      "Paperboy/0.1 (research-paper discovery; https://github.com/paperboy)";

  @ParentCommand PaperboyCommand top;

  /** Options every remote fetch shares. */
  static final class FetchOptions {
    @Option(
        names = "--tries",
        defaultValue = "5",
        description = "Attempts per request before giving up (default ${DEFAULT-VALUE}).")
    int tries;
  }

  static HttpFetcher fetcher(int tries) {
    return new HttpFetcher(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build(),
        new HttpFetcher.Policy(tries, Duration.ofMinutes(5), Duration.ofSeconds(60), USER_AGENT),
        HttpFetcher.Sleeper.REAL,
        (wait, why) -> System.err.printf(Locale.ROOT, "waiting %d s: %s%n", wait.toSeconds(), why));
  }

  /** {@code paperboy harvest arxiv}: OAI-PMH, the bulk path. */
  @Command(
      name = "arxiv",
      mixinStandardHelpOptions = true,
      description = {
        "Harvests arXiv over OAI-PMH (ListRecords), page by page; Ctrl-C or a crash resumes from the last stored page.",
        "Example: paperboy harvest arxiv --set cs --from 2025-01-01"
      })
  static final class Oai implements Callable<Integer> {
    @ParentCommand HarvestCommand harvest;

    @picocli.CommandLine.Mixin FetchOptions fetch;

    @Option(
        names = "--set",
        paramLabel = "SET",
        description = "OAI set, e.g. cs, math, physics:hep-th (default: all of arXiv).")
    String set;

    @Option(
        names = "--from",
        paramLabel = "YYYY-MM-DD",
        description = "First datestamp (default: the last harvest's end, else everything).")
    LocalDate from;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last datestamp.")
    LocalDate until;

    @Option(
        names = "--format",
        defaultValue = "arXivRaw",
        description = "arXivRaw (with version history) or arXiv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
        names = "--base-url",
        defaultValue = "https://oaipmh.arxiv.org/oai",
        description = "OAI-PMH endpoint (default ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Option(
        names = "--delay",
        defaultValue = "3",
        paramLabel = "SECONDS",
        description = "Pause between requests (default ${DEFAULT-VALUE}).")
    int delaySeconds;

    @Option(
        names = "--restart",
        description = "Forget this harvest's checkpoint and start over (stored records are kept).")
    boolean restart;

    @Override
    public Integer call() throws Exception {
      try (Home home = new Home(harvest.top.dataDir());
          StopSignal stop = new StopSignal();
          Progress progress = Progress.of("harvest", -1, "records")) {
        OaiPmhHarvester.Config config =
            new OaiPmhHarvester.Config(
                baseUrl, format, set, from, until, Duration.ofSeconds(delaySeconds));
        OaiPmhHarvester harvester =
            new OaiPmhHarvester(
                home.store(),
                fetcher(fetch.tries),
                config,
                Clock.systemUTC(),
                HttpFetcher.Sleeper.REAL,
                new OaiPmhHarvester.Listener() {
                  @Override
                  public void pageStored(
                      org.paperboy.store.HarvestCheckpoint cp, IngestCounts soFar) {
                    progress.stepTo(cp.records());
                    progress.message(
                        String.format(
                            Locale.ROOT,
                            "page %d of ~%s records; %,d new papers",
                            cp.pages(),
                            cp.completeListSize() == null
                                ? "?"
                                : String.format(Locale.ROOT, "%,d", cp.completeListSize()),
                            soFar.papersAdded()));
                  }
                });
        OaiPmhHarvester.Result result = harvester.run(restart, stop);
        progress.close();
        System.out.println(result.outcome() + ": " + result.counts());
        if (result.outcome() == OaiPmhHarvester.Outcome.ALREADY_COMPLETE) {
          System.out.println(
              "this harvest is complete; for newer records run it with --from "
                  + (result.checkpoint().lastResponseDate() == null
                      ? "a later date"
                      : result.checkpoint().lastResponseDate().substring(0, 10)));
        }
        System.out.printf(Locale.ROOT, "indexed %,d changed papers%n", home.syncIndex());
        return result.outcome() == OaiPmhHarvester.Outcome.STOPPED ? 130 : 0;
      }
    }
  }

  /** {@code paperboy harvest arxiv-api}: the Atom API, for ids and small searches. */
  @Command(
      name = "arxiv-api",
      mixinStandardHelpOptions = true,
      description = {
        "Fetches papers from the arXiv API by id, or the newest papers of a search.",
        "Examples: paperboy harvest arxiv-api --id 1706.03762 ; paperboy harvest arxiv-api --query 'cat:cs.CL' --days 7"
      })
  static final class Api implements Callable<Integer> {
    @ParentCommand HarvestCommand harvest;

    @picocli.CommandLine.Mixin FetchOptions fetch;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
      @Option(names = "--id", paramLabel = "ARXIV_ID", description = "arXiv ids (repeatable).")
      List<String> ids;

      @Option(
          names = "--query",
          paramLabel = "QUERY",
          description = "arXiv API search, e.g. 'cat:cs.LG OR cat:cs.CL'.")
      String query;
    }

    @Option(
        names = "--days",
        defaultValue = "7",
        description =
            "With --query: papers submitted in the last N days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(
        names = "--max",
        defaultValue = "2000",
        description = "With --query: at most this many papers (default ${DEFAULT-VALUE}).")
    int max;

    @Option(
        names = "--base-url",
        defaultValue = "https://export.arxiv.org/api/query",
        description = "API endpoint (default ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Override
    public Integer call() throws Exception {
      try (Home home = new Home(harvest.top.dataDir());
          StopSignal stop = new StopSignal()) {
        ArxivApiClient api =
            new ArxivApiClient(
                fetcher(fetch.tries), new ArxivApiClient.Config(baseUrl, 200), Clock.systemUTC());
        IngestCounts counts;
        if (what.ids != null) {
          counts = new IngestCounts();
          try (IngestTransaction tx = home.store().begin()) {
            for (ArxivApiClient.Entry e : api.byIds(what.ids).entries()) {
              counts.add(RecordWriter.write(tx, e.record(), e.paper()));
            }
            tx.commit();
          }
        } else {
          counts =
              new ArxivApiHarvest(
                      home.store(), api, HttpFetcher.Sleeper.REAL, ArxivApiClient.politeDelay())
                  .newest(
                      what.query,
                      LocalDate.now(Clock.systemUTC()).minusDays(days),
                      max,
                      stop,
                      c -> System.err.printf(Locale.ROOT, "%,d papers so far%n", c.rows()));
        }
        System.out.println(counts);
        System.out.printf(Locale.ROOT, "indexed %,d changed papers%n", home.syncIndex());
        return 0;
      }
    }
  }
}
