package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.ArxivId;
import org.paperboy.index.IndexSync;
import org.paperboy.ingest.ArxivListingReader;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;
import org.paperboy.lucene.LucenePaperIndex;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/** The web app on a real server on a random port. */
class WebAppTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  static PaperStore store;
  static LucenePaperIndex index;
  static WebApp app;

  @BeforeAll
  static void start() {
    store = JdbcPaperStore.sqlite(dir);
    index = LucenePaperIndex.open(dir.resolve("index"));
    new IngestRunner(store, List.of(new ArxivListingReader()), IngestListener.NONE)
        .run(List.of(Fixtures.arxivDays()), Optional.empty(), () -> false);
    new IndexSync(store, index).catchUp(n -> {});
    app = new WebApp(new WebConfig("127.0.0.1", 0, store, index)).start();
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theHomePageShowsTheLatestListingDayWithNavigation() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains(
            "Friday 3 January 2025", "Sparse Attention at Scale", "href=\"/?date=2025-01-02\"");
    assertThat(get("/?date=2025-01-02").body())
        .contains("Graph Neural Networks for Molecules", "href=\"/?date=2025-01-03\"");
  }

  @Test
  void theApiTwinListsTheSamePapers() throws Exception {
    JsonNode day = JSON.readTree(get("/api/day?date=2025-01-02").body());
    assertThat(day.path("date").asText()).isEqualTo("2025-01-02");
    assertThat(day.path("next").asText()).isEqualTo("2025-01-03");
    assertThat(day.path("count").asInt()).isEqualTo(3);
    String html = get("/?date=2025-01-02").body();
    for (JsonNode p : day.path("papers")) {
      assertThat(html).contains("/paper/" + p.path("id").asLong());
    }
  }

  @Test
  void markupFromASourceRendersInert() throws Exception {
    String html = get("/?date=2025-01-02").body();
    assertThat(html)
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContain("<b>tags</b>");
    String search = get("/search?q=robust").body();
    assertThat(search).doesNotContain("<script>alert").contains("&lt;script&gt;");
  }

  @Test
  void searchPageAndApiHighlightMatches() throws Exception {
    assertThat(get("/search?q=preference").body()).contains("<mark>Preference</mark>");
    JsonNode api = JSON.readTree(get("/api/search?q=preference&from=2025-01-03").body());
    assertThat(api.path("totalHits").asInt()).isEqualTo(1);
    assertThat(api.path("hits").get(0).path("paper").path("arxivId").asText())
        .isEqualTo("2501.00001");
  }

  @Test
  void aPaperPageShowsItsSourcesAndAShowMoreToggle() throws Exception {
    long id = store.paperByArxivId(new ArxivId("2501.00001")).orElseThrow().id();
    String html = get("/paper/" + id).body();
    assertThat(html)
        .contains("(revised)", "show more", "2025-01-02/2501.00001", "2025-01-03/2501.00001");
    JsonNode api = JSON.readTree(get("/api/papers/" + id).body());
    assertThat(api.path("sources")).hasSize(2);
  }

  @Test
  void aBootstrapInProgressShowsOnTheHomePageAndPollsForProgress() throws Exception {
    var status =
        new org.paperboy.harvest.Bootstrap.Status(
            org.paperboy.harvest.Bootstrap.State.RUNNING,
            List.of("cs.LG"),
            40,
            "Fetching the last 7 days of cs.LG from arXiv: 40 papers so far…");
    WebApp other = new WebApp(new WebConfig("127.0.0.1", 0, store, index, () -> status)).start();
    try {
      String html =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(html)
          .contains("40 papers so far", "hx-get=\"/bootstrap\"", "hx-trigger=\"every 2s\"");
      String api =
          HTTP.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + other.port() + "/api/bootstrap"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(JSON.readTree(api).path("papers").asInt()).isEqualTo(40);
    } finally {
      other.stop();
    }
    assertThat(get("/api/bootstrap").statusCode()).isEqualTo(404);
  }

  @Test
  void aPaperIsAvailableAsBibtex() throws Exception {
    long id = store.paperByArxivId(new ArxivId("2501.00001")).orElseThrow().id();
    HttpResponse<String> r = get("/api/papers/" + id + "/bibtex");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/x-bibtex"));
    assertThat(r.body())
        .startsWith("@misc{lovelace2025direct,")
        .contains(
            "author = {Ada Lovelace and Alan Turing}",
            "title = {{Direct Preference Optimization for Small Models (revised)}}",
            "eprint = {2501.00001}",
            "archivePrefix = {arXiv}",
            "primaryClass = {cs.CL}");
    HttpResponse<String> missing = get("/api/papers/999999/bibtex");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
  }

  @Test
  void errorsAreProblemDetailsInTheApiAndPagesInTheUi() throws Exception {
    HttpResponse<String> missing = get("/api/papers/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(JSON.readTree(missing.body()).path("detail").asText()).contains("999999");
    assertThat(get("/api/day?date=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(get("/api/nothing-here").body()).path("status").asInt())
        .isEqualTo(404);
    HttpResponse<String> page = get("/paper/abc");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Bad request", "got 'abc'");
    assertThat(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/paperboy.css").statusCode()).isEqualTo(200);
  }
}
