package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.enrich.Enricher.Outcome;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

class EnricherTest {
  @TempDir Path dir;
  private PaperStore store;
  private final FakeSource source = new FakeSource();

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Answers from a map of DOI to paper (null: found, but no paper); counts lookups. */
  private static final class FakeSource implements EnrichmentSource {
    final Map<String, Paper> answers = new java.util.HashMap<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public boolean wants(Paper stored) {
      return stored.ids().doi() != null && stored.venue() == null;
    }

    @Override
    public Optional<Found> lookUp(Paper stored) {
      String doi = stored.ids().doi();
      asked.add(doi);
      if (!answers.containsKey(doi)) {
        return Optional.empty();
      }
      SourceRecord record =
          new SourceRecord(
              "fake",
              doi,
              Instant.EPOCH,
              "https://fake.example/" + doi,
              "{\"doi\": \"" + doi + "\"}");
      return Optional.of(new Found(record, answers.get(doi)));
    }

    @Override
    public void close() {}
  }

  private long insert(Paper paper) {
    try (IngestTransaction tx = store.begin()) {
      long id = tx.insert(paper).id();
      tx.commit();
      return id;
    }
  }

  private static Paper.Builder paper(String title, ExternalIds ids) {
    return Paper.builder().title(title).ids(ids).authors(List.of(new Author("Ada Lovelace")));
  }

  private static Paper found(String doi, String s2Id) {
    return paper("Found title", ExternalIds.NONE.withDoi(doi).withS2Id(s2Id))
        .venue("ACL 2025")
        .year(2025)
        .firstPublished(LocalDate.of(2025, 7, 28))
        .build();
  }

  @Test
  void enrichesCandidatesOnceAndKeepsTheAnswerAsARecord() {
    long arxiv =
        insert(
            paper(
                    "An arXiv paper",
                    ExternalIds.arxiv(new ArxivId("2504.08901"), 1).withDoi("10.5555/a"))
                .listedOn(LocalDate.of(2025, 4, 15))
                .firstPublished(LocalDate.of(2025, 4, 15))
                .build());
    long complete =
        insert(
            paper("Complete", ExternalIds.NONE.withDoi("10.5555/b").withS2Id("s2-b"))
                .venue("EMNLP")
                .build());
    long noDoi = insert(paper("No DOI", ExternalIds.arxiv(new ArxivId("2504.00001"), 1)).build());
    long unknown = insert(paper("Unknown", ExternalIds.NONE.withDoi("10.5555/unknown")).build());
    source.answers.put("10.5555/a", found("10.5555/a", "s2-a"));
    Enricher enricher = new Enricher(store, source);

    assertThat(enricher.candidates())
        .containsExactly(arxiv, unknown)
        .doesNotContain(complete, noDoi);
    assertThat(enricher.enrich(arxiv)).isEqualTo(Outcome.ENRICHED);
    assertThat(enricher.enrich(unknown)).isEqualTo(Outcome.NOT_FOUND);
    assertThat(enricher.enrich(arxiv)).isEqualTo(Outcome.DONE_BEFORE);
    assertThat(enricher.enrich(unknown)).isEqualTo(Outcome.NOT_FOUND);
    assertThat(source.asked).containsExactly("10.5555/a", "10.5555/unknown", "10.5555/unknown");

    Paper enriched = store.paper(arxiv).orElseThrow();
    assertThat(enriched.title()).isEqualTo("An arXiv paper");
    assertThat(enriched.venue()).isEqualTo("ACL 2025");
    assertThat(enriched.year()).isEqualTo(2025);
    assertThat(enriched.firstPublished()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(enriched.ids().s2Id()).isEqualTo("s2-a");
    assertThat(store.sourceRecords(arxiv))
        .extracting(SourceRecord::source, SourceRecord::sourceId, SourceRecord::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "fake", "10.5555/a", "https://fake.example/10.5555/a"));
    assertThat(store.sourceRecords(unknown)).isEmpty();
  }

  @Test
  void leavesAnIdAnotherStoredPaperHolds() {
    long a = insert(paper("A", ExternalIds.NONE.withDoi("10.5555/a")).build());
    insert(
        paper("B", ExternalIds.NONE.withDoi("10.5555/b").withS2Id("s2-b")).venue("EMNLP").build());
    source.answers.put("10.5555/a", found("10.5555/a", "s2-b"));

    assertThat(new Enricher(store, source).enrich(a)).isEqualTo(Outcome.ENRICHED);

    Paper enriched = store.paper(a).orElseThrow();
    assertThat(enriched.ids().s2Id()).isNull();
    assertThat(enriched.venue()).isEqualTo("ACL 2025");
  }

  @Test
  void anAnswerThatIsNoPaperIsStillKeptAndMarksThePaperDone() {
    long a = insert(paper("A", ExternalIds.NONE.withDoi("10.5555/a")).build());
    source.answers.put("10.5555/a", null);
    Enricher enricher = new Enricher(store, source);
    long revision = store.revision();

    assertThat(enricher.enrich(a)).isEqualTo(Outcome.UNCHANGED);
    assertThat(enricher.enrich(a)).isEqualTo(Outcome.DONE_BEFORE);
    assertThat(store.sourceRecords(a)).hasSize(1);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void anUnknownPaperIdIsAnError() {
    assertThatThrownBy(() -> new Enricher(store, source).enrich(42))
        .hasMessageContaining("no paper with id 42");
  }
}
