package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.ArxivSlice;
import org.paperboy.index.IndexSync;
import org.paperboy.ingest.ArxivListingReader;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;
import org.paperboy.lucene.LucenePaperIndex;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/** The server on real listing days, over HTTP on a random port. */
class WebIT {
  @TempDir static Path dir;
  static PaperStore store;
  static LucenePaperIndex index;
  static WebApp app;

  @BeforeAll
  static void start() {
    Path slice = ArxivSlice.linkInto(dir.resolve("slice"));
    store = JdbcPaperStore.sqlite(dir.resolve("data"));
    index = LucenePaperIndex.open(dir.resolve("data/index"));
    new IngestRunner(store, List.of(new ArxivListingReader()), IngestListener.NONE)
        .run(List.of(slice), Optional.empty(), () -> false);
    new IndexSync(store, index).catchUp(n -> {});
    app = new WebApp(new WebConfig("127.0.0.1", 0, store, index)).start();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
      index.close();
      store.close();
    }
  }

  static String get(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void theListingDayPageShowsExactlyThePapersListedThatDayAndTheApiAgrees() throws Exception {
    String html = get("/?date=2025-04-15");
    JsonNode api = new ObjectMapper().readTree(get("/api/day?date=2025-04-15"));

    assertThat(api.path("date").asText()).isEqualTo("2025-04-15");
    assertThat(api.path("count").asInt())
        .isEqualTo(351); // distinct arXiv ids in 2025-04-15.jsonl.gz
    Set<Long> apiIds = new HashSet<>();
    api.path("papers")
        .forEach(
            p -> {
              apiIds.add(p.path("id").asLong());
              assertThat(p.path("listingDates").toString()).contains("2025-04-15");
            });
    Set<Long> htmlIds = new HashSet<>();
    Matcher m = Pattern.compile("<h2 class=\"title\"><a href=\"/paper/(\\d+)\"").matcher(html);
    while (m.find()) {
      htmlIds.add(Long.parseLong(m.group(1)));
    }
    assertThat(htmlIds).isEqualTo(apiIds).hasSize(351);
    assertThat(html).contains("Tuesday 15 April 2025", "/?date=2025-04-14", "/?date=2025-04-16");
    assertThat(html)
        .contains("Emergence of psychopathological computations in large language models");
  }

  @Test
  void searchAndPaperPagesServeRealPapers() throws Exception {
    String search = get("/search?q=direct+preference+optimization");
    assertThat(search)
        .contains("<mark>Direct</mark> <mark>Preference</mark> <mark>Optimization</mark>");
    JsonNode hit =
        new ObjectMapper()
            .readTree(get("/api/search?q=direct+preference+optimization"))
            .path("hits")
            .get(0);
    String paper = get("/paper/" + hit.path("paper").path("id").asLong());
    assertThat(paper).contains("show more", "arxiv-listing");
  }
}
