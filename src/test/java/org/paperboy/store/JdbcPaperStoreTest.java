package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.ingest.ArxivListingReader;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;

class JdbcPaperStoreTest {
  private static final LocalDate D1 = LocalDate.of(2025, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2025, 1, 3);
  @TempDir Path dir;
  private PaperStore store;

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir.resolve("a"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Paper insert(Paper p) {
    try (IngestTransaction tx = store.begin()) {
      Paper saved = tx.insert(p);
      tx.addSourceRecord(
          new SourceRecord("test", p.ids().arxivId().value(), Instant.EPOCH, "test:1", "{}"),
          saved.id());
      tx.commit();
      return saved;
    }
  }

  @Test
  void insertedPapersReadBackEqualWithTheirNewId() {
    Paper saved = insert(Fixtures.paper("2501.00001", "Title", "Abstract", D1, "cs.CL", "cs.LG"));
    assertThat(saved.id()).isPositive();
    assertThat(store.paper(saved.id())).contains(saved);
    assertThat(store.papers(List.of(saved.id(), 999L))).containsExactly(saved);
  }

  @Test
  void anUncommittedTransactionLeavesNoTrace() {
    try (IngestTransaction tx = store.begin()) {
      tx.insert(Fixtures.paper("2501.00001", "Title", null, D1));
    }
    assertThat(store.stats().papers()).isZero();
    assertThat(store.revision()).isZero();
  }

  @Test
  void updatesWriteListingsAndAuthorsAndBumpTheRevision() {
    Paper saved = insert(Fixtures.paper("2501.00001", "Title", "Abstract", D1));
    long revision = store.revision();
    Paper updated =
        new Paper(
            saved.id(),
            saved.ids(),
            "New",
            List.of(new org.paperboy.domain.Author("Grace Hopper", "orcid:0000-0001-2345-6789")),
            null,
            List.of("cs.AI"),
            "ACL 2025",
            2025,
            "v2",
            new java.util.TreeSet<>(List.of(D1, D2)),
            D1,
            D2,
            saved.links(),
            List.of(
                new org.paperboy.domain.PaperVersion(1, D1),
                new org.paperboy.domain.PaperVersion(2, D2)));
    try (IngestTransaction tx = store.begin()) {
      tx.update(saved, updated);
      tx.commit();
    }
    assertThat(store.paper(saved.id())).contains(updated);
    assertThat(store.revision()).isGreaterThan(revision);
    List<Paper> changed = new ArrayList<>();
    store.forEachPaper(revision, changed::add);
    assertThat(changed).containsExactly(updated);
  }

  @Test
  void findsPapersByAnyExternalId() {
    Paper saved = insert(Fixtures.paper("2501.00001", "Title", null, D1));
    try (IngestTransaction tx = store.begin()) {
      assertThat(tx.findByExternalIds(saved.ids())).contains(saved);
      assertThat(tx.findByExternalIds(org.paperboy.domain.ExternalIds.NONE)).isEmpty();
    }
  }

  @Test
  void listingDaysKnowTheirNeighbours() {
    insert(Fixtures.paper("2501.00001", "A", null, D1));
    insert(Fixtures.paper("2501.00002", "B", null, D2));
    assertThat(store.listingDay(null)).contains(new ListingDay(D2, D1, null, 1));
    assertThat(store.listingDay(D1)).contains(new ListingDay(D1, null, D2, 1));
    assertThat(store.listingDay(LocalDate.of(2024, 12, 1)).map(ListingDay::day)).contains(D1);
    assertThat(store.listingDay(LocalDate.of(2026, 1, 1)).map(ListingDay::day)).contains(D2);
    assertThat(store.listedOn(D2)).extracting(Paper::title).containsExactly("B");
  }

  @Test
  void exportThenImportIntoAnEmptyStoreReproducesEveryPaperAndRecord(@TempDir Path other)
      throws Exception {
    new IngestRunner(store, List.of(new ArxivListingReader()), IngestListener.NONE)
        .run(List.of(Fixtures.arxivDays()), Optional.empty(), () -> false);
    StringWriter out = new StringWriter();
    long exported = Backup.export(store, out, n -> {});

    try (PaperStore copy = JdbcPaperStore.sqlite(other)) {
      long imported =
          Backup.importInto(copy, new BufferedReader(new StringReader(out.toString())), n -> {});
      assertThat(imported).isEqualTo(exported).isEqualTo(4);
      assertThat(copy.checksum()).isEqualTo(store.checksum());
      StoreStats a = store.stats();
      StoreStats b = copy.stats();
      assertThat(b.papers()).isEqualTo(a.papers());
      assertThat(b.sourceRecords()).isEqualTo(a.sourceRecords());
      assertThat(b.skipped()).isEqualTo(a.skipped());
      assertThat(b.ingestedFiles()).isEqualTo(a.ingestedFiles());

      assertThatThrownBy(
              () ->
                  Backup.importInto(
                      copy, new BufferedReader(new StringReader(out.toString())), n -> {}))
          .hasMessageContaining("empty data directory");
    }
  }

  @Test
  void importRejectsWhatIsNotAnExport(@TempDir Path other) {
    try (PaperStore copy = JdbcPaperStore.sqlite(other)) {
      assertThatThrownBy(
              () ->
                  Backup.importInto(
                      copy, new BufferedReader(new StringReader("{\"a\":1}\n")), n -> {}))
          .hasMessageContaining("not a Paperboy export");
      assertThatThrownBy(
              () ->
                  Backup.importInto(copy, new BufferedReader(new StringReader("{oops\n")), n -> {}))
          .hasMessageContaining("line 1");
    }
  }
}
