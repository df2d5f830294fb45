package org.paperboy.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

class BootstrapTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);
  private static final String QUERY =
      "/api/query?search_query=cat%3Acs.LG+OR+cat%3Acs.CL&id_list=&sortBy=submittedDate&sortOrder=descending&start=0&max_results=200";
  @TempDir Path dir;

  private static String entry(String id, String published, String title) {
    return "<entry><id>http://arxiv.org/abs/"
        + id
        + "v1</id><title>"
        + title
        + "</title><updated>"
        + published
        + "</updated><published>"
        + published
        + "</published><summary>About "
        + title
        + ".</summary>"
        + "<author><name>Ada Lovelace</name></author><category term=\"cs.LG\"/></entry>";
  }

  private static String feed(String... entries) {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
        + "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\"><opensearch:totalResults>3"
        + "</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex>"
        + String.join("", entries)
        + "</feed>";
  }

  private static Bootstrap bootstrap(PaperStore store, String baseUrl, Runnable afterPage) {
    HttpFetcher fetcher =
        new HttpFetcher(
            HttpClient.newHttpClient(),
            new HttpFetcher.Policy(
                1, Duration.ofSeconds(1), Duration.ofSeconds(5), "paperboy-test"),
            d -> {},
            (d, w) -> {});
    ArxivApiClient api =
        new ArxivApiClient(
            fetcher, new ArxivApiClient.Config(URI.create(baseUrl + "/api/query"), 200), CLOCK);
    return new Bootstrap(store, api, List.of("cs.LG", "cs.CL"), 7, CLOCK, d -> {}, afterPage);
  }

  @Test
  void fetchesTheLastWeekNewestFirstAndStopsAtTheCutoff() throws Exception {
    try (ReplayServer server = ReplayServer.start();
        PaperStore store = JdbcPaperStore.sqlite(dir)) {
      server.on(
          "GET",
          QUERY,
          Response.ok(
              feed(
                  entry("2501.00003", "2025-01-09T10:00:00Z", "Newest"),
                  entry("2501.00002", "2025-01-05T10:00:00Z", "Recent"),
                  entry("2412.00001", "2024-12-20T10:00:00Z", "Too old")),
              "application/atom+xml"));
      AtomicInteger syncs = new AtomicInteger();
      Bootstrap b = bootstrap(store, server.baseUrl(), syncs::incrementAndGet);
      assertThat(b.status().state()).isEqualTo(Bootstrap.State.RUNNING);

      b.run();

      assertThat(b.status().state()).isEqualTo(Bootstrap.State.DONE);
      assertThat(b.status().papers()).isEqualTo(2);
      assertThat(b.status().message()).contains("2 papers", "cs.LG, cs.CL");
      assertThat(store.stats().papers()).isEqualTo(2);
      assertThat(syncs.get()).isPositive();
      assertThat(store.listedOn(LocalDate.of(2025, 1, 9)))
          .extracting(p -> p.title())
          .containsExactly("Newest");
      assertThat(store.listingDay(null).orElseThrow().day()).isEqualTo(LocalDate.of(2025, 1, 9));
    }
  }

  @Test
  void offlineItSaysSoAndPointsToIngest() {
    try (PaperStore store = JdbcPaperStore.sqlite(dir)) {
      Bootstrap b = bootstrap(store, "http://127.0.0.1:9", () -> {});
      b.run();
      assertThat(b.status().state()).isEqualTo(Bootstrap.State.FAILED);
      assertThat(b.status().message())
          .contains("Could not fetch papers from arXiv", "./paperboy ingest");
    }
  }

  @Test
  void theSpecNamesArxivCategories() {
    assertThat(Bootstrap.parseSpec("arxiv:cs.LG, cs.CL")).containsExactly("cs.LG", "cs.CL");
    assertThatThrownBy(() -> Bootstrap.parseSpec("cs.LG")).hasMessageContaining("'cs.LG'");
    assertThatThrownBy(() -> Bootstrap.parseSpec("arxiv:cs LG")).hasMessageContaining("cs LG");
  }
}
