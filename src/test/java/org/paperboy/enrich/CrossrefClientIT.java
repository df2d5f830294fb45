package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Paper;
import org.paperboy.http.Cassettes;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;

/**
 * The Crossref client over a real socket against Crossref's recorded answers (shared fixtures,
 * {@code fixtures/crossref/*.yaml}); rate limits and broken bodies are scripted around them.
 */
class CrossrefClientIT {
  private static final String PLOS_DOI = "10.1371/journal.pone.0033693";

  private ReplayServer server;
  private CrossrefClient client;

  @BeforeEach
  void start() {
    server = ReplayServer.start();
    client = new CrossrefClient(config(3));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private CrossrefConfig config(int attempts) {
    return new CrossrefConfig(
        URI.create(server.baseUrl()),
        "paperboy-tests@example.org",
        Duration.ofSeconds(10),
        attempts);
  }

  private static List<Cassettes.Exchange> cassette(String name) {
    return Cassettes.vcr(SharedTestData.require("fixtures/crossref/" + name));
  }

  private void replay(String name) {
    Cassettes.replay(server, cassette(name));
  }

  private static Paper paper(Fetched f) {
    return CrossrefWorks.work(f.content()).orElseThrow().paper();
  }

  @Test
  void findsAWorkByDoi() {
    replay("test_works_with_one_id.yaml");

    Fetched f = client.work(PLOS_DOI).orElseThrow();
    Paper p = paper(f);

    assertThat(f.url()).isEqualTo(URI.create(server.baseUrl() + "/works/" + PLOS_DOI));
    assertThat(f.body()).startsWith("{\"status\":\"ok\",\"message-type\":\"work\"");
    assertThat(p.ids().doi()).isEqualTo(PLOS_DOI);
    assertThat(p.title()).startsWith("Methylphenidate Exposure Induces Dopamine Neuron Loss");
    assertThat(p.venue()).isEqualTo("PLoS ONE");
    assertThat(p.year()).isEqualTo(2012);
    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(2012, 3, 21));
    assertThat(p.authors()).isNotEmpty();
    assertThat(server.requests()).containsExactly("GET /works/" + PLOS_DOI);
  }

  @Test
  void findsManyWorksOneRequestEach() {
    List<Cassettes.Exchange> recorded = cassette("test_works_with_many_ids.yaml");
    Cassettes.replay(server, recorded);

    StringBuilder table = new StringBuilder();
    for (Cassettes.Exchange e : recorded) {
      String doi = URI.create(e.url()).getPath().substring("/works/".length());
      Paper p = paper(client.work(doi).orElseThrow());
      assertThat(p.ids().doi()).isEqualTo(doi);
      table.append(
          String.format(
              java.util.Locale.ROOT,
              "%-40s %4d %-10s %s%n",
              doi,
              p.year(),
              p.firstPublished(),
              p.venue()));
    }
    System.out.print(table);

    assertThat(server.requests()).hasSize(5);
    assertThat(table.toString())
        .contains("10.1016/j.neurobiolaging.2010.03.024     2012 null       Neurobiology of Aging")
        .contains(
            "10.1002/jor.1100150407                   1997 null       Journal of Orthopaedic Research")
        .contains("10.1038/srep16696                        2015 2015-11-19 Scientific Reports")
        .contains(
            "10.1109/icdcsw.2003.1203662                 0 null       23rd International Conference on"
                + " Distributed Computing Systems Workshops, 2003.")
        .contains(
            "10.3892/ijo_00000353                     2009 2009-06-26 International Journal of Oncology");
  }

  @Test
  void anUnknownDoiIsNotFound() {
    replay("test_works_mixed_ids_warn.yaml");

    assertThat(client.work("10.1371/notarealdoi")).isEmpty();
    assertThat(client.work(PLOS_DOI)).isPresent();
    assertThat(
            client
                .work("10.1371/journal.pone.0020476")
                .map(CrossrefClientIT::paper)
                .map(Paper::year))
        .contains(2011);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void searchesWorks() {
    replay("test_works_query.yaml");
    replay("test_works_field_queries.yaml");
    replay("test_works_no_id_withlimit.yaml");

    List<CrossrefWork> ecology =
        CrossrefWorks.items(client.works(CrossrefQuery.of("ecology", 2)).content());
    List<CrossrefWork> boettiger =
        CrossrefWorks.items(
            client
                .works(new CrossrefQuery("ecology", Map.of("author", "carl boettiger"), 0))
                .content());
    List<CrossrefWork> any = CrossrefWorks.items(client.works(CrossrefQuery.of(null, 2)).content());

    assertThat(ecology)
        .extracting(w -> w.paper().title())
        .containsExactly("Communicating Ecology", "Chemical Ecology");
    assertThat(boettiger).hasSize(20);
    assertThat(boettiger)
        .extracting(CrossrefWork::type)
        .contains("journal-article", "posted-content", "dataset");
    assertThat(boettiger).allSatisfy(w -> assertThat(w.paper().title()).doesNotContain("<", "  "));
    assertThat(any).extracting(CrossrefWork::type).containsExactly("book-chapter", "book-chapter");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aRefusedRequestIsAClearError() {
    // The client never sends field queries to /works/{doi}; the recorded refusal goes through the
    // same HTTP layer.
    Cassettes.Exchange refusal =
        cassette("test_works_query_filters_not_allowed_with_dois.yaml").get(0);
    Cassettes.replay(server, List.of(refusal));
    URI url = URI.create(server.baseUrl() + "/works/" + PLOS_DOI + "?query.author=carl+boettiger");

    try (HttpJson http = new HttpJson(Duration.ofSeconds(10), 3, Map.of())) {
      assertThatThrownBy(() -> http.get(url))
          .isExactlyInstanceOf(ServiceException.class)
          .hasMessageContaining("HTTP 400 from " + url)
          .hasMessageContaining("This route does not support field query parameters")
          .extracting(e -> ((ServiceException) e).status())
          .isEqualTo(400);
    }
  }

  @Test
  void waitsAsToldWhenRateLimited() {
    String body = recordedBody("test_works_with_one_id.yaml");
    server.on(
        "GET",
        "/works/" + PLOS_DOI,
        Response.status(429, Map.of("Retry-After", "1"), "Too Many Requests"),
        Response.ok(body, "application/json"));

    long started = System.nanoTime();
    Optional<Fetched> f = client.work(PLOS_DOI);

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(f.map(CrossrefClientIT::paper).map(Paper::venue)).contains("PLoS ONE");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void givesUpAfterTheAttemptsAllowed() {
    server.on("GET", "/works/" + PLOS_DOI, Response.status(429, Map.of("Retry-After", "1"), ""));

    try (CrossrefClient twice = new CrossrefClient(config(2))) {
      assertThatThrownBy(() -> twice.work(PLOS_DOI))
          .isInstanceOf(RateLimitedException.class)
          .hasMessageContaining("HTTP 429 from " + server.baseUrl() + "/works/" + PLOS_DOI)
          .hasMessageContaining("after 2 attempts");
    }
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void doesNotWaitLongerThanAMinute() {
    server.on("GET", "/works/" + PLOS_DOI, Response.status(503, Map.of("Retry-After", "3600"), ""));

    assertThatThrownBy(() -> client.work(PLOS_DOI))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("asks to wait 3600 s");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aTruncatedBodyNamesTheUrlAndWhereItBroke() {
    String body = recordedBody("test_works_with_one_id.yaml");
    server.on("GET", "/works/" + PLOS_DOI, Response.ok(body.substring(0, 500), "application/json"));

    assertThatThrownBy(() -> client.work(PLOS_DOI))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("malformed JSON from " + server.baseUrl() + "/works/" + PLOS_DOI)
        .hasMessageContaining("at line 1, column 501");
  }

  @Test
  void anAnswerWithoutMessageIsMalformed() {
    server.on(
        "GET", "/works/" + PLOS_DOI, Response.ok("{\"status\":\"failed\"}", "application/json"));

    assertThatThrownBy(() -> client.work(PLOS_DOI))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("/works/" + PLOS_DOI);
  }

  private static String recordedBody(String name) {
    return new String(cassette(name).get(0).response().body(), StandardCharsets.UTF_8);
  }
}
