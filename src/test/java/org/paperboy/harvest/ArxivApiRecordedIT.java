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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Paper;
import org.paperboy.http.Cassettes;
import org.paperboy.http.ReplayServer;

/** The arXiv API client over a real socket against responses the API really sent. */
class ArxivApiRecordedIT {
  static ReplayServer server;

  @BeforeAll
  static void replay() throws Exception {
    server = ReplayServer.start();
    try (Stream<Path> files = Files.list(SharedTestData.require("fixtures/arxiv-atom"))) {
      files.sorted().forEach(f -> Cassettes.replay(server, List.of(Cassettes.arxivAtom(f))));
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static ArxivApiClient client(int pageSize) {
    HttpFetcher fetcher =
        new HttpFetcher(
            HttpClient.newHttpClient(),
            new HttpFetcher.Policy(
                2, Duration.ofSeconds(1), Duration.ofSeconds(10), "paperboy-test"),
            d -> {},
            (d, w) -> {});
    return new ArxivApiClient(
        fetcher,
        new ArxivApiClient.Config(URI.create(server.baseUrl() + "/api/query"), pageSize),
        Clock.systemUTC());
  }

  @Test
  void looksUpAPaperById() throws Exception {
    ArxivApiClient.Page page = client(100).byIds(List.of("1605.08386"));
    assertThat(page.entries()).hasSize(1);
    Paper p = page.entries().get(0).paper();
    assertThat(p.title()).isEqualTo("Heat-bath random walks with Markov bases");
    assertThat(p.authors())
        .extracting(a -> a.name())
        .containsExactly("Caprice Stanley", "Tobias Windisch");
    assertThat(p.categories()).containsExactly("math.CO", "math.ST");
    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(2016, 5, 26));
    assertThat(p.ids().arxivVersion()).isEqualTo(1);
    assertThat(p.comment()).isEqualTo("20 pages, 3 figures");
    assertThat(page.entries().get(0).record().sourceId()).isEqualTo("1605.08386v1");
    assertThat(page.entries().get(0).record().payload()).startsWith("<entry>");
  }

  @Test
  void oldStyleIdsAndUnknownIdsAndMalformedIds() throws Exception {
    assertThat(client(100).byIds(List.of("astro-ph/0601001")).entries())
        .singleElement()
        .satisfies(
            e -> assertThat(e.paper().ids().arxivId().value()).isEqualTo("astro-ph/0601001"));
    assertThat(client(100).byIds(List.of("0000.0000")).entries()).isEmpty();
    assertThatThrownBy(() -> client(100).byIds(List.of("abc")))
        .isInstanceOf(ArxivApiException.class)
        .hasMessageContaining("incorrect id format for abc");
  }

  @Test
  void searchPagesThroughResultsWithoutRepeats() throws Exception {
    Set<String> seen = new HashSet<>();
    ArxivApiClient api = client(10);
    long total = 0;
    for (int start = 0; start <= 50; start += 10) {
      ArxivApiClient.Page page = api.search("testing", start, false);
      assertThat(page.startIndex()).isEqualTo(start);
      assertThat(page.entries()).hasSize(10);
      page.entries().forEach(e -> seen.add(e.paper().ids().arxivId().value()));
      total = page.totalResults();
    }
    assertThat(total).isGreaterThan(60);
    assertThat(seen)
        .hasSizeGreaterThan(50); // the live index shifts a little between recorded pages
  }
}
