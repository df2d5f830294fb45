package org.paperboy.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.SharedTestData;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Paper;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/** The harvester over a real socket against responses arXiv's OAI-PMH endpoint really sent. */
class OaiPmhRecordedIT {
  @TempDir Path dir;

  private static String recorded(String name) throws Exception {
    return Files.readString(SharedTestData.require("fixtures/arxiv-oai-pmh").resolve(name));
  }

  private static OaiPmhHarvester harvester(
      PaperStore store, ReplayServer server, String prefix, String set, LocalDate from) {
    HttpFetcher fetcher =
        new HttpFetcher(
            HttpClient.newHttpClient(),
            new HttpFetcher.Policy(
                2, Duration.ofSeconds(1), Duration.ofSeconds(10), "paperboy-test"),
            d -> {},
            (d, w) -> {});
    return new OaiPmhHarvester(
        store,
        fetcher,
        new OaiPmhHarvester.Config(
            URI.create(server.baseUrl() + "/oai2"), prefix, set, from, null, Duration.ZERO),
        Clock.systemUTC(),
        d -> {},
        OaiPmhHarvester.Listener.NONE);
  }

  @Test
  void anArxivRawPageIsStoredThenAnExpiredTokenIsAClearError() throws Exception {
    try (ReplayServer server = ReplayServer.start();
        PaperStore store = JdbcPaperStore.sqlite(dir)) {
      server.on(
          "GET",
          "/oai2?verb=ListRecords&metadataPrefix=arXivRaw&from=2014-10-01",
          Response.ok(recorded("arXivRaw/ListRecordsResponse.xml"), "text/xml"));
      server.on(
          "GET",
          "/oai2?verb=ListRecords&resumptionToken=726959%7C1001",
          Response.ok(recorded("arXivRaw/ErrorResponseBadResumptionToken.xml"), "text/xml"));
      OaiPmhHarvester h = harvester(store, server, "arXivRaw", null, LocalDate.of(2014, 10, 1));

      assertThatThrownBy(() -> h.run(false, () -> false))
          .isInstanceOf(OaiPmhException.class)
          .hasMessageContaining("badResumptionToken")
          .hasMessageContaining("--restart");

      assertThat(store.stats().papers()).isEqualTo(6);
      assertThat(store.checkpoint(h.configKey()))
          .hasValueSatisfying(
              cp -> {
                assertThat(cp.resumptionToken()).isEqualTo("726959|1001");
                assertThat(cp.completeListSize()).isEqualTo(58011);
              });
      Paper richard = store.paperByArxivId(new ArxivId("0704.0716")).orElseThrow();
      assertThat(richard.title()).isEqualTo("Limit distributions and scaling functions");
      assertThat(richard.versions()).hasSize(4);
      assertThat(richard.ids().arxivVersion()).isEqualTo(4);
      assertThat(richard.firstPublished()).isEqualTo(LocalDate.of(2007, 4, 5));
      assertThat(richard.categories()).containsExactly("math-ph", "math.MP");
      Paper shetty = store.paperByArxivId(new ArxivId("0704.0471")).orElseThrow();
      assertThat(shetty.ids().doi()).isEqualTo("10.1103/physrevc.76.024606");
      assertThat(shetty.authors())
          .extracting(a -> a.name())
          .containsExactly("D.V. Shetty", "S.J. Yennello", "G.A. Souliotis");
      assertThat(shetty.abstractText()).contains("\" stiff \"");
    }
  }

  @Test
  void noRecordsMatchEndsCleanlyAndBadArgumentExplains() throws Exception {
    try (ReplayServer server = ReplayServer.start();
        PaperStore store = JdbcPaperStore.sqlite(dir)) {
      server.on(
          "GET",
          "/oai2?verb=ListRecords&metadataPrefix=arXivRaw&set=moo",
          Response.ok(recorded("arXivRaw/ErrorResponseNoRecordsMatch.xml"), "text/xml"));
      server.on(
          "GET",
          "/oai2?verb=ListRecords&metadataPrefix=arXivRaw&set=bad",
          Response.ok(recorded("arXivRaw/ErrorResponseBadArgument.xml"), "text/xml"));
      assertThat(
              harvester(store, server, "arXivRaw", "moo", null).run(false, () -> false).outcome())
          .isEqualTo(OaiPmhHarvester.Outcome.NO_RECORDS);
      assertThatThrownBy(
              () -> harvester(store, server, "arXivRaw", "bad", null).run(false, () -> false))
          .hasMessageContaining("badArgument")
          .hasMessageContaining("--set");
    }
  }

  @Test
  void everyRecordedArxivFormatResponseMapsEveryRecord() throws Exception {
    Path dirOfArxiv = SharedTestData.require("fixtures/arxiv-oai-pmh/arXiv");
    List<Path> files;
    try (Stream<Path> s = Files.list(dirOfArxiv)) {
      files = s.sorted().toList();
    }
    int records = 0;
    for (Path f : files) {
      try (var in = Files.newInputStream(f)) {
        OaiPmhPage page = OaiPmhParser.parse(in, f.toString());
        for (XmlNode r : page.records()) {
          Paper p = ArxivMetadata.map(r.child("metadata").orElseThrow());
          assertThat(p.title()).as(f.getFileName().toString()).isNotBlank();
          assertThat(p.authors()).as(f.getFileName().toString()).isNotEmpty();
          assertThat(p.firstPublished()).as(f.getFileName().toString()).isNotNull();
          records++;
        }
      }
    }
    assertThat(records).isEqualTo(30); // counted with grep -c "<record>" over the 15 files
  }

  @Test
  void everyRecordedOaiErrorResponseBecomesAnErrorWithItsCode() throws Exception {
    Path raw = SharedTestData.require("fixtures/arxiv-oai-pmh/arXivRaw");
    java.util.Map<String, String> expected =
        java.util.Map.of(
            "ErrorResponseBadArgument.xml", "badArgument",
            "ErrorResponseBadResumptionToken.xml", "badResumptionToken",
            "ErrorResponseBadVerb.xml", "badVerb",
            "ErrorResponseIdDoesNotExist.xml", "idDoesNotExist",
            "ErrorResponseNoRecordsMatch.xml", "noRecordsMatch");
    for (var e : expected.entrySet()) {
      try (var in = Files.newInputStream(raw.resolve(e.getKey()))) {
        assertThatThrownBy(() -> OaiPmhParser.parse(in, e.getKey()))
            .isInstanceOf(OaiPmhException.class)
            .satisfies(t -> assertThat(((OaiPmhException) t).code()).isEqualTo(e.getValue()));
      }
    }
    try (var in = Files.newInputStream(raw.resolve("GetRecordResponse.xml"))) {
      OaiPmhPage page = OaiPmhParser.parse(in, "GetRecordResponse.xml");
      assertThat(page.records()).hasSize(1);
      assertThat(ArxivMetadata.map(page.records().get(0).child("metadata").orElseThrow()).title())
          .isNotBlank();
    }
  }
}
