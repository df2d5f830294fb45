package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Author;
import org.paperboy.domain.Paper;
import org.paperboy.http.Cassettes;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;

/**
 * The Semantic Scholar client over a real socket against recorded Graph API answers (shared
 * fixtures, {@code fixtures/semantic-scholar/}): YAML cassettes as recorded, and the recorded JSON
 * objects served as the answer to the request the client makes.
 */
class SemanticScholarClientIT {
  private static final String TURING_DOI = "10.1093/mind/lix.236.433";

  private ReplayServer server;
  private SemanticScholarClient client;

  @BeforeEach
  void start() {
    server = ReplayServer.start();
    client = new SemanticScholarClient(config(3));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private SemanticScholarConfig config(int attempts) {
    return new SemanticScholarConfig(
        URI.create(server.baseUrl()), "test-key", Duration.ofSeconds(10), attempts);
  }

  private void replay(String name) {
    Cassettes.replay(
        server, Cassettes.vcr(SharedTestData.require("fixtures/semantic-scholar/" + name)));
  }

  private static String recorded(String name) {
    try {
      return Files.readString(SharedTestData.require("fixtures/semantic-scholar/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request path and query the client makes for a paper with the mapped fields. */
  private String paperRequest(S2PaperId id) {
    URI url = client.paperUrl(id, SemanticScholarClient.PAPER_FIELDS);
    return url.getRawPath() + "?" + url.getRawQuery();
  }

  @Test
  void findsAPaperByBareDoiAsRecorded() {
    replay("test_get_paper.yaml");

    Fetched f = client.paper(new S2PaperId(TURING_DOI), List.of("title")).orElseThrow();
    Paper p = SemanticScholarPapers.paper(f.content()).orElseThrow();

    assertThat(p.ids().s2Id()).isEqualTo("2d5673caa9e6af3a7b82a43f19ee920992db07ad");
    assertThat(p.title()).isEqualTo("Computing Machinery and Intelligence");
    assertThat(p.year()).isZero();
    assertThat(server.requests())
        .containsExactly("GET /graph/v1/paper/" + TURING_DOI + "?fields=title");
  }

  @Test
  void mapsTheRecordedFullPaper() {
    S2PaperId id = S2PaperId.doi(TURING_DOI);
    server.on("GET", paperRequest(id), Response.ok(recorded("Paper.json"), "application/json"));

    Paper p = SemanticScholarPapers.paper(client.paper(id).orElseThrow().content()).orElseThrow();

    assertThat(p.ids().doi()).isEqualTo(TURING_DOI);
    assertThat(p.ids().s2Id()).isEqualTo("2d5673caa9e6af3a7b82a43f19ee920992db07ad");
    assertThat(p.venue()).isEqualTo("Mind");
    assertThat(p.year()).isEqualTo(1950);
    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(1950, 10, 1));
    assertThat(p.authors()).containsExactly(new Author("A. Turing", "s2:2262347"));
    assertThat(p.abstractText()).startsWith("I propose to consider the question");
    assertThat(server.requests())
        .containsExactly(
            "GET /graph/v1/paper/DOI:"
                + TURING_DOI
                + "?fields="
                + String.join("%2C", SemanticScholarClient.PAPER_FIELDS));
  }

  @Test
  void aNullHeavyObjectIsFetchedButIsNoPaper() {
    S2PaperId id = new S2PaperId("2d5673caa9e6af3a7b82a43f19ee920992db07ad");
    server.on(
        "GET",
        paperRequest(id),
        Response.ok(recorded("PaperWithNullValues.json"), "application/json"));

    Fetched f = client.paper(id).orElseThrow();

    assertThat(SemanticScholarPapers.paper(f.content())).isEmpty();
  }

  @Test
  void mapsTheRecordedAuthor() {
    server.on(
        "GET",
        "/graph/v1/author/2262347?fields=" + String.join(",", SemanticScholarClient.AUTHOR_FIELDS),
        Response.ok(recorded("Author.json"), "application/json"));

    S2Author a =
        SemanticScholarPapers.author(
                client
                    .author("2262347", SemanticScholarClient.AUTHOR_FIELDS)
                    .orElseThrow()
                    .content())
            .orElseThrow();

    assertThat(a.name()).isEqualTo("A. Turing");
    assertThat(a.aliases()).isEmpty();
    assertThat(a.papers()).hasSize(60);
    assertThat(a.papers()).filteredOn(p -> p.ids().doi() != null).isNotEmpty();
  }

  @Test
  void unknownPapersAndAuthorsAreNotFound() {
    replay("test_not_found.yaml");

    // recorded by a client that split "title" and "name" into letters
    assertThat(client.paper(new S2PaperId("0"), List.of("t", "i", "t", "l", "e"))).isEmpty();
    assertThat(client.author("0", List.of("n", "a", "m", "e"))).isEmpty();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void anUnknownFieldIsAClearError() {
    replay("test_bad_query_parameters.yaml");

    assertThatThrownBy(() -> client.paper(new S2PaperId(TURING_DOI), List.of("unknown")))
        .isExactlyInstanceOf(ServiceException.class)
        .hasMessageContaining(
            "HTTP 400 from "
                + server.baseUrl()
                + "/graph/v1/paper/"
                + TURING_DOI
                + "?fields=unknown")
        .hasMessageContaining("Unrecognized or unsupported fields: [unknown]");
  }

  @Test
  void waitsAsToldWhenRateLimited() {
    String cassetteBody =
        new String(
            Cassettes.vcr(SharedTestData.require("fixtures/semantic-scholar/test_get_paper.yaml"))
                .get(0)
                .response()
                .body(),
            java.nio.charset.StandardCharsets.UTF_8);
    server.on(
        "GET",
        "/graph/v1/paper/" + TURING_DOI + "?fields=title",
        Response.status(429, Map.of("Retry-After", "1"), "{\"message\": \"Too Many Requests\"}"),
        Response.ok(cassetteBody, "application/json"));

    long started = System.nanoTime();
    Fetched f = client.paper(new S2PaperId(TURING_DOI), List.of("title")).orElseThrow();

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(f.content().path("title").asText())
        .isEqualTo("Computing Machinery and Intelligence");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void givesUpAfterTheAttemptsAllowed() {
    server.on(
        "GET",
        "/graph/v1/paper/" + TURING_DOI + "?fields=title",
        Response.status(429, Map.of("Retry-After", "1"), ""));

    try (SemanticScholarClient once = new SemanticScholarClient(config(1))) {
      assertThatThrownBy(() -> once.paper(new S2PaperId(TURING_DOI), List.of("title")))
          .isInstanceOf(RateLimitedException.class)
          .hasMessageContaining(
              "HTTP 429 from " + server.baseUrl() + "/graph/v1/paper/" + TURING_DOI)
          .hasMessageContaining("after 1 attempts");
    }
  }

  @Test
  void aBrokenBodyNamesTheUrlAndWhereItBroke() {
    server.on(
        "GET",
        "/graph/v1/paper/" + TURING_DOI + "?fields=title",
        Response.ok("{\"paperId\": \"2d56\",\n \"title\": Computing}", "application/json"));

    assertThatThrownBy(() -> client.paper(new S2PaperId(TURING_DOI), List.of("title")))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(
            "malformed JSON from " + server.baseUrl() + "/graph/v1/paper/" + TURING_DOI)
        .hasMessageContaining("at line 2, column");
  }
}
