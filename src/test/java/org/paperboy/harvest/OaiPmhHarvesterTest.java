package org.paperboy.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/** The OAI-PMH harvester against a local server answering hand-written arXiv-shaped pages. */
class OaiPmhHarvesterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);
  private static final String FIRST =
      "/oai?verb=ListRecords&metadataPrefix=arXivRaw&set=cs&from=2025-01-01";
  private static final String D1 = "Tue, 31 Dec 2024 23:30:00 GMT";
  private static final String D2 = "Thu, 2 Jan 2025 10:00:00 GMT";

  @TempDir Path dir;
  private ReplayServer server;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() {
    server = ReplayServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void threePages() {
    server.on(
        "GET",
        FIRST,
        Response.ok(
            OaiFixtures.page(
                List.of(
                    OaiFixtures.record("2501.00001", "First", D1),
                    OaiFixtures.record("2501.00002", "Second", D1, D2)),
                "tok-1",
                5),
            "text/xml"));
    server.on(
        "GET",
        "/oai?verb=ListRecords&resumptionToken=tok-1",
        Response.ok(
            OaiFixtures.page(
                List.of(
                    OaiFixtures.record("2501.00003", "Third", D2),
                    OaiFixtures.deleted("2501.00009")),
                "tok-2",
                5),
            "text/xml"));
    server.on(
        "GET",
        "/oai?verb=ListRecords&resumptionToken=tok-2",
        Response.ok(
            OaiFixtures.page(List.of(OaiFixtures.record("2501.00004", "Fourth", D2)), null, 5),
            "text/xml"));
  }

  private OaiPmhHarvester harvester(PaperStore store, HttpFetcher.Sleeper sleeper) {
    HttpFetcher fetcher =
        new HttpFetcher(
            HttpClient.newHttpClient(),
            new HttpFetcher.Policy(
                3, Duration.ofMinutes(1), Duration.ofSeconds(10), "paperboy-test"),
            sleeper,
            (d, why) -> {});
    OaiPmhHarvester.Config config =
        new OaiPmhHarvester.Config(
            URI.create(server.baseUrl() + "/oai"),
            "arXivRaw",
            "cs",
            LocalDate.of(2025, 1, 1),
            null,
            Duration.ofSeconds(3));
    return new OaiPmhHarvester(
        store, fetcher, config, CLOCK, sleeper, OaiPmhHarvester.Listener.NONE);
  }

  private HttpFetcher.Sleeper recording() {
    return sleeps::add;
  }

  @Test
  void harvestsEveryPageMappingArxivRawWithVersionsAndPolitePauses() throws Exception {
    threePages();
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      OaiPmhHarvester.Result result = harvester(store, recording()).run(false, () -> false);

      assertThat(result.outcome()).isEqualTo(OaiPmhHarvester.Outcome.COMPLETED);
      assertThat(result.counts().papersAdded()).isEqualTo(4);
      assertThat(result.counts().skipped()).containsEntry("deleted-record", 1L);
      assertThat(result.checkpoint().pages()).isEqualTo(3);
      assertThat(result.checkpoint().completed()).isTrue();
      assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));

      Paper second = store.paperByArxivId(new ArxivId("2501.00002")).orElseThrow();
      assertThat(second.title()).isEqualTo("Second continued");
      assertThat(second.authors())
          .extracting(a -> a.name())
          .containsExactly("Ada Lovelace", "Alan M. Turing", "Grace Hopper");
      assertThat(second.versions())
          .containsExactly(
              new PaperVersion(1, LocalDate.of(2024, 12, 31)),
              new PaperVersion(2, LocalDate.of(2025, 1, 2)));
      assertThat(second.ids().arxivVersion()).isEqualTo(2);
      assertThat(second.firstPublished()).isEqualTo(LocalDate.of(2024, 12, 31));
      assertThat(second.ids().doi()).isEqualTo("10.1000/xyz250100002");
      assertThat(second.categories()).containsExactly("cs.LG", "cs.CL");
      assertThat(second.abstractText()).isEqualTo("We study α-things with care & rigour.");
      assertThat(store.sourceRecords(second.id()))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.payload())
                      .startsWith("<record><header>")
                      .contains("<version version=\"v2\">"));

      OaiPmhHarvester.Result again = harvester(store, recording()).run(false, () -> false);
      assertThat(again.outcome()).isEqualTo(OaiPmhHarvester.Outcome.ALREADY_COMPLETE);
    }
  }

  @Test
  void aCrashBetweenPagesResumesFromTheLastStoredPageAndEndsInTheSameState(@TempDir Path other)
      throws Exception {
    threePages();
    String crashed;
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      AtomicInteger pauses = new AtomicInteger();
      HttpFetcher.Sleeper crashOnSecondPause =
          d -> {
            if (pauses.incrementAndGet() == 2) {
              throw new IllegalStateException("simulated crash (kill -9) between pages 2 and 3");
            }
          };
      assertThatThrownBy(() -> harvester(store, crashOnSecondPause).run(false, () -> false))
          .hasMessageContaining("simulated crash");
      assertThat(store.checkpoint(harvester(store, recording()).configKey()))
          .hasValueSatisfying(
              cp -> {
                assertThat(cp.pages()).isEqualTo(2);
                assertThat(cp.resumptionToken()).isEqualTo("tok-2");
              });
      int requestsBefore = server.requests().size();

      OaiPmhHarvester.Result resumed = harvester(store, recording()).run(false, () -> false);
      assertThat(resumed.outcome()).isEqualTo(OaiPmhHarvester.Outcome.COMPLETED);
      assertThat(server.requests().subList(requestsBefore, server.requests().size()))
          .containsExactly("GET /oai?verb=ListRecords&resumptionToken=tok-2");
      crashed = store.checksum();
    }
    try (PaperStore uninterrupted = JdbcPaperStore.sqlite(other)) {
      harvester(uninterrupted, recording()).run(false, () -> false);
      assertThat(uninterrupted.checksum()).isEqualTo(crashed);
      assertThat(uninterrupted.stats().papers()).isEqualTo(4);
    }
  }

  @Test
  void a503WithRetryAfterIsWaitedOutThenRetried() throws Exception {
    server.on(
        "GET",
        FIRST,
        Response.status(503, Map.of("Retry-After", "7"), "busy"),
        Response.ok(
            OaiFixtures.page(List.of(OaiFixtures.record("2501.00001", "First", D1)), null, 1),
            "text/xml"));
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      OaiPmhHarvester.Result result = harvester(store, recording()).run(false, () -> false);
      assertThat(result.counts().papersAdded()).isEqualTo(1);
      assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }
  }

  @Test
  void oaiErrorsBecomeClearMessagesOrCleanEnds() throws Exception {
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      server.on(
          "GET",
          FIRST,
          Response.ok(OaiFixtures.error("noRecordsMatch", "nothing new"), "text/xml"));
      assertThat(harvester(store, recording()).run(false, () -> false).outcome())
          .isEqualTo(OaiPmhHarvester.Outcome.NO_RECORDS);
    }
    try (ReplayServer expired = ReplayServer.start();
        PaperStore store = JdbcPaperStore.sqlite(dir.resolve("b"))) {
      server.close();
      server = expired;
      server.on(
          "GET",
          FIRST,
          Response.ok(
              OaiFixtures.page(List.of(OaiFixtures.record("2501.00001", "First", D1)), "tok-1", 2),
              "text/xml"));
      server.on(
          "GET",
          "/oai?verb=ListRecords&resumptionToken=tok-1",
          Response.ok(
              OaiFixtures.error("badResumptionToken", "The resumptionToken supplied is illegal"),
              "text/xml"));
      assertThatThrownBy(() -> harvester(store, recording()).run(false, () -> false))
          .isInstanceOf(OaiPmhException.class)
          .hasMessageContaining("badResumptionToken")
          .hasMessageContaining("--restart");
      assertThat(store.stats().papers()).isEqualTo(1); // the first page stays stored
    }
  }

  @Test
  void aMalformedOrHostilePageIsAnErrorNamingTheUrlAndPosition() throws Exception {
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      server.on(
          "GET",
          FIRST,
          Response.ok("<?xml version=\"1.0\"?>\n<OAI-PMH>\n<ListRecords><record>", "text/xml"));
      assertThatThrownBy(() -> harvester(store, recording()).run(false, () -> false))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(server.baseUrl() + FIRST)
          .hasMessageContaining("line 3");
    }
    try (ReplayServer hostile = ReplayServer.start();
        PaperStore store = JdbcPaperStore.sqlite(dir.resolve("c"))) {
      server.close();
      server = hostile;
      server.on(
          "GET",
          FIRST,
          Response.ok(
              "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                  + "<OAI-PMH><ListRecords><record><header><identifier>&x;</identifier></header></record></ListRecords></OAI-PMH>",
              "text/xml"));
      assertThatThrownBy(() -> harvester(store, recording()).run(false, () -> false))
          .isInstanceOf(IOException.class);
      assertThat(store.stats().papers()).isZero();
    }
  }
}
