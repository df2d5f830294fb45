package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.enrich.Enricher.Outcome;
import org.paperboy.http.Cassettes;
import org.paperboy.http.ReplayServer;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/**
 * Enriching stored papers end to end (store, client over a real socket, mapper, rule) against the
 * recorded Crossref and Semantic Scholar answers in the shared fixtures.
 */
class EnricherIT {
  private static final List<String> CROSSREF_CASSETTES =
      List.of("test_works_with_many_ids.yaml", "test_works_mixed_ids_warn.yaml");

  @TempDir Path dir;
  private PaperStore store;
  private ReplayServer server;

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir);
    server = ReplayServer.start();
  }

  @AfterEach
  void close() {
    server.close();
    store.close();
  }

  /** Papers as a primary source might have stored them: a title and an author, nothing else. */
  private Map<String, Long> storeBareDoiPapers(List<String> dois) {
    Map<String, Long> ids = new LinkedHashMap<>();
    try (IngestTransaction tx = store.begin()) {
      for (String doi : dois) {
        Paper p =
            Paper.builder()
                .ids(ExternalIds.NONE.withDoi(doi))
                .title("Stored title of " + doi)
                .authors(List.of(new Author("Stored Author")))
                .build();
        ids.put(doi, tx.insert(p).id());
      }
      tx.commit();
    }
    return ids;
  }

  private static String doiOf(Cassettes.Exchange e) {
    return URI.create(e.url()).getPath().substring("/works/".length());
  }

  @Test
  void fillsVenueAndDatesFromCrossrefAndResumes() {
    List<Cassettes.Exchange> recorded = new ArrayList<>();
    for (String name : CROSSREF_CASSETTES) {
      recorded.addAll(Cassettes.vcr(SharedTestData.require("fixtures/crossref/" + name)));
    }
    Cassettes.replay(server, recorded);
    List<String> dois = recorded.stream().map(EnricherIT::doiOf).distinct().toList();
    Map<String, Long> ids = storeBareDoiPapers(dois);
    CrossrefConfig config =
        new CrossrefConfig(
            URI.create(server.baseUrl()), "paperboy-tests@example.org", Duration.ofSeconds(10), 2);

    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    try (CrossrefSource source = new CrossrefSource(new CrossrefClient(config))) {
      Enricher enricher = new Enricher(store, source);
      assertThat(enricher.candidates()).containsExactlyElementsOf(ids.values());
      ids.forEach((doi, id) -> outcomes.put(doi, enricher.enrich(id)));
      int requestsFirstPass = server.requests().size();
      List<Outcome> again = ids.values().stream().map(enricher::enrich).toList();

      assertThat(requestsFirstPass).isEqualTo(dois.size());
      assertThat(again).containsOnly(Outcome.DONE_BEFORE, Outcome.NOT_FOUND);
      assertThat(server.requests()).hasSize(dois.size() + 1); // the unknown DOI is asked again
    }
    System.out.print(report(ids, outcomes));

    assertThat(outcomes.get("10.1371/notarealdoi")).isEqualTo(Outcome.NOT_FOUND);
    assertThat(outcomes).containsEntry("10.1109/icdcsw.2003.1203662", Outcome.ENRICHED);
    assertThat(outcomes.values()).filteredOn(o -> o == Outcome.ENRICHED).hasSize(dois.size() - 1);
    Paper plos = store.paper(ids.get("10.1371/journal.pone.0033693")).orElseThrow();
    assertThat(plos.title()).isEqualTo("Stored title of 10.1371/journal.pone.0033693");
    assertThat(plos.authors()).containsExactly(new Author("Stored Author"));
    assertThat(plos.venue()).isEqualTo("PLoS ONE");
    assertThat(plos.year()).isEqualTo(2012);
    assertThat(plos.firstPublished()).isEqualTo(LocalDate.of(2012, 3, 21));
    SourceRecord record = store.sourceRecords(plos.id()).get(0);
    assertThat(record.source()).isEqualTo("crossref");
    assertThat(record.sourceId()).isEqualTo("10.1371/journal.pone.0033693");
    assertThat(record.origin()).isEqualTo(server.baseUrl() + "/works/10.1371/journal.pone.0033693");
    Cassettes.Exchange plosAnswer =
        recorded.stream().filter(e -> e.url().endsWith("pone.0033693")).findFirst().orElseThrow();
    assertThat(record.payload())
        .isEqualTo(new String(plosAnswer.response().body(), StandardCharsets.UTF_8));
  }

  private String report(Map<String, Long> ids, Map<String, Outcome> outcomes) {
    StringBuilder b = new StringBuilder("Crossref enrichment of the recorded DOIs:\n");
    ids.forEach(
        (doi, id) -> {
          Paper p = store.paper(id).orElseThrow();
          b.append(
              String.format(
                  Locale.ROOT,
                  "  %-38s %-9s year %4d  first %-10s  abstract %-3s  venue %s%n",
                  doi,
                  outcomes.get(doi),
                  p.year(),
                  p.firstPublished(),
                  p.abstractText() == null ? "no" : "yes",
                  p.venue()));
        });
    return b.toString();
  }

  @Test
  void fillsTheS2IdVenueAndAbstractFromSemanticScholar() throws IOException {
    String turingDoi = "10.1093/mind/lix.236.433";
    long id = storeBareDoiPapers(List.of(turingDoi)).get(turingDoi);
    String body = Files.readString(SharedTestData.require("fixtures/semantic-scholar/Paper.json"));
    SemanticScholarConfig config =
        SemanticScholarConfig.defaults().withBaseUrl(URI.create(server.baseUrl()));
    try (SemanticScholarSource source =
        new SemanticScholarSource(new SemanticScholarClient(config))) {
      URI url =
          new SemanticScholarClient(config)
              .paperUrl(S2PaperId.doi(turingDoi), SemanticScholarClient.PAPER_FIELDS);
      server.on("GET", url.toString(), ReplayServer.Response.ok(body, "application/json"));

      assertThat(new Enricher(store, source).enrich(id)).isEqualTo(Outcome.ENRICHED);
    }

    Paper p = store.paper(id).orElseThrow();
    assertThat(p.title()).isEqualTo("Stored title of " + turingDoi);
    assertThat(p.ids().s2Id()).isEqualTo("2d5673caa9e6af3a7b82a43f19ee920992db07ad");
    assertThat(p.venue()).isEqualTo("Mind");
    assertThat(p.year()).isEqualTo(1950);
    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(1950, 10, 1));
    assertThat(p.abstractText()).startsWith("I propose to consider the question");
    assertThat(store.sourceRecords(id))
        .extracting(SourceRecord::source, SourceRecord::sourceId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "semantic-scholar", "2d5673caa9e6af3a7b82a43f19ee920992db07ad"));
  }
}
