package org.paperboy.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.RecordWriter;
import org.paperboy.store.HarvestCheckpoint;
import org.paperboy.store.IngestIssue;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.PaperStore;

/**
 * Harvests arXiv over OAI-PMH ({@code ListRecords}, formats {@code arXiv} and {@code arXivRaw}),
 * page by page: each page's records and the checkpoint that follows them (the next resumption
 * token) are stored in one transaction, so a harvest killed at any point resumes from the last
 * stored page, and nothing is lost or stored twice. A polite delay separates requests.
 *
 * <p>Not thread-safe: one run at a time per harvester; the store serialises writers.
 */
public final class OaiPmhHarvester {
  public static final String SOURCE = "arxiv-oai";

  /**
   * What to harvest.
   *
   * @param baseUrl the OAI-PMH endpoint, e.g. {@code https://oaipmh.arxiv.org/oai}
   * @param metadataPrefix {@code arXivRaw} (with version history) or {@code arXiv}
   * @param set a set such as {@code cs} or {@code physics:hep-th}, or null for everything
   * @param from first datestamp, inclusive, or null
   * @param until last datestamp, inclusive, or null
   * @param delay the pause between requests (arXiv asks for a few seconds)
   */
  public record Config(
      URI baseUrl,
      String metadataPrefix,
      String set,
      LocalDate from,
      LocalDate until,
      Duration delay) {
    public Config {
      Objects.requireNonNull(baseUrl, "baseUrl");
      if (!"arXivRaw".equals(metadataPrefix) && !"arXiv".equals(metadataPrefix)) {
        throw new IllegalArgumentException(
            "metadataPrefix must be arXivRaw or arXiv, got '" + metadataPrefix + "'");
      }
      if (from != null && until != null && from.isAfter(until)) {
        throw new IllegalArgumentException("from " + from + " is after until " + until);
      }
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("delay must be zero or more, got " + delay);
      }
    }

    /** The key under which this harvest's checkpoint is stored. */
    public String key() {
      return baseUrl
          + " "
          + metadataPrefix
          + " set="
          + (set == null ? "*" : set)
          + " from="
          + (from == null ? "*" : from)
          + " until="
          + (until == null ? "*" : until);
    }
  }

  /** Hears about progress; called on the harvesting thread. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void pageStored(HarvestCheckpoint checkpoint, IngestCounts soFar) {}
  }

  /** How a run ended. */
  public enum Outcome {
    COMPLETED,
    ALREADY_COMPLETE,
    NO_RECORDS,
    STOPPED
  }

  /** The result of a run: how it ended, what it stored, and the checkpoint it left. */
  public record Result(Outcome outcome, IngestCounts counts, HarvestCheckpoint checkpoint) {}

  private final PaperStore store;
  private final HttpFetcher fetcher;
  private final Config config;
  private final Clock clock;
  private final HttpFetcher.Sleeper sleeper;
  private final Listener listener;

  public OaiPmhHarvester(
      PaperStore store,
      HttpFetcher fetcher,
      Config config,
      Clock clock,
      HttpFetcher.Sleeper sleeper,
      Listener listener) {
    this.store = store;
    this.fetcher = fetcher;
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /** The key of this harvest's checkpoint in the store. */
  public String configKey() {
    return config.key();
  }

  /**
   * Harvests from where the last run stopped (or from the start).
   *
   * @param restart forget the checkpoint and start over (stored records are kept and recognised)
   * @param stop polled between pages
   * @throws OaiPmhException for an OAI-PMH error other than "no records match"
   * @throws IOException when the repository cannot be reached or answers garbage
   */
  public Result run(boolean restart, BooleanSupplier stop)
      throws IOException, InterruptedException {
    if (restart) {
      try (IngestTransaction tx = store.begin()) {
        tx.deleteCheckpoint(config.key());
        tx.commit();
      }
    }
    HarvestCheckpoint cp =
        store
            .checkpoint(config.key())
            .orElse(HarvestCheckpoint.start(config.key(), clock.instant()));
    IngestCounts counts = new IngestCounts();
    if (cp.completed()) {
      return new Result(Outcome.ALREADY_COMPLETE, counts, cp);
    }
    while (true) {
      URI url = cp.resumptionToken() == null ? firstPage() : nextPage(cp.resumptionToken());
      OaiPmhPage page;
      try {
        page = OaiPmhParser.parse(new ByteArrayInputStream(fetcher.get(url)), url.toString());
      } catch (OaiPmhException e) {
        if ("noRecordsMatch".equals(e.code())) {
          cp = complete(cp, null);
          return new Result(Outcome.NO_RECORDS, counts, cp);
        }
        throw explain(e);
      }
      cp = store(page, url, cp, counts);
      listener.pageStored(cp, counts);
      if (cp.completed()) {
        return new Result(Outcome.COMPLETED, counts, cp);
      }
      if (stop.getAsBoolean()) {
        return new Result(Outcome.STOPPED, counts, cp);
      }
      sleeper.sleep(config.delay());
    }
  }

  private HarvestCheckpoint store(
      OaiPmhPage page, URI url, HarvestCheckpoint cp, IngestCounts counts) {
    HarvestCheckpoint next =
        new HarvestCheckpoint(
            cp.harvest(),
            page.resumptionToken(),
            cp.pages() + 1,
            cp.records() + page.records().size(),
            page.completeListSize() != null ? page.completeListSize() : cp.completeListSize(),
            page.responseDate(),
            page.resumptionToken() == null,
            clock.instant());
    try (IngestTransaction tx = store.begin()) {
      int index = 0;
      for (XmlNode record : page.records()) {
        index++;
        storeRecord(tx, record, url + "#" + index, counts);
      }
      tx.saveCheckpoint(next);
      tx.commit();
    }
    return next;
  }

  private void storeRecord(
      IngestTransaction tx, XmlNode record, String origin, IngestCounts counts) {
    XmlNode header = record.child("header").orElse(null);
    String identifier = header == null ? null : header.text("identifier");
    if (identifier == null || identifier.isBlank()) {
      skip(tx, counts, origin, "missing-identifier", "OAI record without <header><identifier>");
      return;
    }
    if ("deleted".equals(header.attributes().get("status"))) {
      skip(
          tx,
          counts,
          origin,
          "deleted-record",
          identifier + " is marked deleted by the repository");
      return;
    }
    Optional<XmlNode> metadata = record.child("metadata");
    if (metadata.isEmpty()) {
      skip(tx, counts, origin, "missing-metadata", identifier + " has no <metadata>");
      return;
    }
    Paper paper;
    try {
      paper = ArxivMetadata.map(metadata.get());
    } catch (IllegalArgumentException e) {
      skip(tx, counts, origin, "invalid-record", identifier + ": " + e.getMessage());
      return;
    }
    SourceRecord source =
        new SourceRecord(SOURCE, identifier.strip(), clock.instant(), origin, record.toXml());
    counts.add(RecordWriter.write(tx, source, paper));
  }

  private static void skip(
      IngestTransaction tx, IngestCounts counts, String origin, String reason, String message) {
    int hash = origin.lastIndexOf('#');
    IngestIssue issue =
        new IngestIssue(
            origin.substring(0, hash), Long.parseLong(origin.substring(hash + 1)), reason, message);
    counts.skippedRow(issue);
    tx.recordIssue(issue);
  }

  private HarvestCheckpoint complete(HarvestCheckpoint cp, String responseDate) {
    HarvestCheckpoint done =
        new HarvestCheckpoint(
            cp.harvest(),
            null,
            cp.pages(),
            cp.records(),
            cp.completeListSize(),
            responseDate != null ? responseDate : cp.lastResponseDate(),
            true,
            clock.instant());
    try (IngestTransaction tx = store.begin()) {
      tx.saveCheckpoint(done);
      tx.commit();
    }
    return done;
  }

  private OaiPmhException explain(OaiPmhException e) {
    String hint =
        switch (e.code()) {
          case "badResumptionToken" ->
              "the resumption token has expired (the repository keeps them for hours, not days);"
                  + " run again with --restart: stored records are kept and not stored twice";
          case "badArgument" -> "check --set, --from and --until (dates as YYYY-MM-DD)";
          case "cannotDisseminateFormat" ->
              "the repository does not offer metadata format " + config.metadataPrefix();
          case "noSetHierarchy" -> "the repository has no sets; leave out --set";
          default -> "see the repository's message above";
        };
    return new OaiPmhException(
        e.code(), e.getMessage().substring(e.getMessage().indexOf(':') + 2) + " — " + hint);
  }

  private URI firstPage() {
    StringBuilder q =
        new StringBuilder("verb=ListRecords&metadataPrefix=")
            .append(encode(config.metadataPrefix()));
    if (config.set() != null) {
      q.append("&set=").append(encode(config.set()));
    }
    if (config.from() != null) {
      q.append("&from=").append(config.from());
    }
    if (config.until() != null) {
      q.append("&until=").append(config.until());
    }
    return URI.create(config.baseUrl() + "?" + q);
  }

  private URI nextPage(String token) {
    return URI.create(config.baseUrl() + "?verb=ListRecords&resumptionToken=" + encode(token));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
