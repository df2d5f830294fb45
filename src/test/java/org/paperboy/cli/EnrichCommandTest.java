package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.enrich.S2PaperId;
import org.paperboy.enrich.SemanticScholarClient;
import org.paperboy.enrich.SemanticScholarConfig;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

class EnrichCommandTest {
  private static final String DOI = "10.5555/paperboy.2019.001";
  private static final ArxivId ARXIV = new ArxivId("2504.08901");

  @TempDir Path dir;
  private ReplayServer server;
  private long arxivPaper;
  private long doiPaper;

  @BeforeEach
  void storeTwoPapers() {
    server = ReplayServer.start();
    try (PaperStore store = JdbcPaperStore.sqlite(dir);
        IngestTransaction tx = store.begin()) {
      arxivPaper =
          tx.insert(
                  Paper.builder()
                      .ids(ExternalIds.arxiv(ARXIV, 1))
                      .title("A preprint")
                      .authors(List.of(new Author("Grace Hopper")))
                      .listedOn(LocalDate.of(2025, 4, 15))
                      .firstPublished(LocalDate.of(2025, 4, 15))
                      .build())
              .id();
      doiPaper =
          tx.insert(
                  Paper.builder()
                      .ids(ExternalIds.NONE.withDoi(DOI))
                      .title("Reproducible archives")
                      .authors(List.of(new Author("Josiah Carberry")))
                      .build())
              .id();
      tx.commit();
    }
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private CliTest.Run enrich(String... options) {
    List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "enrich"));
    args.addAll(List.of(options));
    args.addAll(List.of("--base-url", server.baseUrl(), "--delay-ms", "0"));
    return CliTest.run(args.toArray(String[]::new));
  }

  private Paper stored(long id) {
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      return store.paper(id).orElseThrow();
    }
  }

  private static String resource(String name) throws IOException {
    return Files.readString(Fixtures.resource(name));
  }

  @Test
  void enrichesFromCrossrefOnceAndResumes() throws IOException {
    server.on(
        "GET", "/works/" + DOI, Response.ok(resource("crossref/work.json"), "application/json"));

    CliTest.Run first = enrich("--source", "crossref", "--mailto", "tests@example.org");
    CliTest.Run second = enrich("--source", "crossref", "--mailto", "tests@example.org");

    assertThat(first.code()).isZero();
    assertThat(first.out())
        .contains(
            "crossref: 1 candidates, 1 looked up: 1 enriched, 0 unchanged, 0 not found, 0 failed")
        .contains("indexed 2 changed papers"); // the index had neither stored paper yet
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("0 looked up").contains("1 skipped (looked up before)");
    assertThat(server.requests()).containsExactly("GET /works/" + DOI);
    Paper p = stored(doiPaper);
    assertThat(p.title()).isEqualTo("Reproducible archives");
    assertThat(p.venue()).isEqualTo("Big Data & Society");
    assertThat(p.year()).isEqualTo(2019);
    assertThat(p.abstractText()).startsWith("Archives keep data & code");
  }

  @Test
  void enrichesFromSemanticScholarByArxivIdAndDoi() throws IOException {
    server.on(
        "GET",
        path(S2PaperId.arxiv(ARXIV)),
        Response.ok(resource("semantic-scholar/paper-arxiv.json"), "application/json"));
    server.on(
        "GET",
        path(S2PaperId.doi(DOI)),
        Response.status(
            404, Map.of("Content-Type", "application/json"), "{\"error\":\"not found\"}"));

    CliTest.Run run = enrich("--source", "s2");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "semantic-scholar: 2 candidates, 2 looked up: 1 enriched, 0 unchanged, 1 not found");
    Paper p = stored(arxivPaper);
    assertThat(p.ids().s2Id()).isEqualTo("fedcba9876543210fedcba9876543210fedcba98");
    assertThat(p.ids().doi()).isNull(); // arXiv's own DOI
    assertThat(p.venue()).isNull(); // "arXiv.org"
    assertThat(p.year()).isEqualTo(2025);
  }

  @Test
  void theLimitCountsLookups() throws IOException {
    server.on(
        "GET",
        path(S2PaperId.arxiv(ARXIV)),
        Response.ok(resource("semantic-scholar/paper-arxiv.json"), "application/json"));

    CliTest.Run run = enrich("--source", "s2", "--limit", "1");

    assertThat(run.out()).contains("2 candidates, 1 looked up: 1 enriched");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void failuresAreCountedAndExitNonZero() {
    // nothing registered: the replay server answers 599 to every request
    CliTest.Run run = enrich("--source", "s2");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("2 looked up: 0 enriched, 0 unchanged, 0 not found, 2 failed");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(enrich("--source", "pubmed").code()).isEqualTo(2);
    assertThat(enrich("--limit", "0").code()).isEqualTo(2);
    Assumptions.assumeTrue(System.getenv("PAPERBOY_MAILTO") == null, "PAPERBOY_MAILTO is set");
    assertThat(enrich("--source", "crossref").code()).isEqualTo(2);
    assertThat(server.requests()).isEmpty();
  }

  /** The request path and query the client makes for a paper with the mapped fields. */
  private static String path(S2PaperId id) {
    try (SemanticScholarClient client =
        new SemanticScholarClient(SemanticScholarConfig.defaults())) {
      URI url = client.paperUrl(id, SemanticScholarClient.PAPER_FIELDS);
      return url.getRawPath() + "?" + url.getRawQuery();
    }
  }
}
