package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Paper;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;
import org.paperboy.store.StoreStats;

class IngestRunnerTest {
  @TempDir Path dir;
  private PaperStore store;

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir.resolve("data"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private IngestRunner runner() {
    return new IngestRunner(store, List.of(new ArxivListingReader()), IngestListener.NONE);
  }

  private IngestCounts ingest(Path... paths) {
    return runner().run(List.of(paths), Optional.empty(), () -> false);
  }

  @Test
  void twoDaysMakeOnePaperPerArxivIdWithEveryListingDate() {
    IngestCounts counts = ingest(Fixtures.arxivDays());

    assertThat(counts.rows()).isEqualTo(11);
    assertThat(counts.papersAdded()).isEqualTo(4);
    assertThat(counts.recordsAdded()).isEqualTo(6);
    assertThat(counts.recordsUnchanged()).isEqualTo(1); // the identical repeat within day 1
    assertThat(counts.skipped())
        .containsOnly(
            Map.entry("malformed-json", 1L),
            Map.entry("blank-line", 1L),
            Map.entry("missing-id", 1L),
            Map.entry("bad-arxiv-id", 1L));

    Paper dpo = store.paperByArxivId(new ArxivId("2501.00001")).orElseThrow();
    assertThat(dpo.title()).isEqualTo("Direct Preference Optimization for Small Models (revised)");
    assertThat(dpo.listingDates())
        .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
    assertThat(dpo.firstSeen()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(store.sourceRecords(dpo.id())).hasSize(2);

    StoreStats stats = store.stats();
    assertThat(stats.papers()).isEqualTo(4);
    assertThat(stats.sourceRecords()).isEqualTo(6);
    assertThat(stats.skippedTotal()).isEqualTo(4);
  }

  @Test
  void runningTheSameIngestAgainChangesNothing() {
    ingest(Fixtures.arxivDays());
    String before = store.checksum();
    long revision = store.revision();

    IngestCounts again = ingest(Fixtures.arxivDays());
    IngestCounts reread =
        runner()
            .rereadingKnownFiles()
            .run(List.of(Fixtures.arxivDays()), Optional.empty(), () -> false);

    assertThat(again.filesAlreadyIngested()).isEqualTo(2);
    assertThat(again.rows()).isZero();
    assertThat(reread.papersAdded() + reread.papersUpdated() + reread.recordsAdded()).isZero();
    assertThat(store.checksum()).isEqualTo(before);
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(store.stats().skippedTotal()).isEqualTo(4);
  }

  @Test
  void daysReadInReverseOrderEndInTheSameState(@TempDir Path other) {
    ingest(Fixtures.arxivDays());
    try (PaperStore reversed = JdbcPaperStore.sqlite(other)) {
      IngestRunner r =
          new IngestRunner(reversed, List.of(new ArxivListingReader()), IngestListener.NONE);
      r.run(
          List.of(Fixtures.arxivDays().resolve("2025-01-03.jsonl")), Optional.empty(), () -> false);
      r.run(
          List.of(Fixtures.arxivDays().resolve("2025-01-02.jsonl")), Optional.empty(), () -> false);
      Paper a = store.paperByArxivId(new ArxivId("2501.00001")).orElseThrow();
      Paper b = reversed.paperByArxivId(new ArxivId("2501.00001")).orElseThrow();
      assertThat(b.withId(a.id())).isEqualTo(a);
    }
  }

  @Test
  void anInterruptedRunResumesWhereItStoppedAndEndsInTheSameState(@TempDir Path other) {
    // Ctrl-C while the first file is read: the run ends after that file.
    IngestCounts first = runner().run(List.of(Fixtures.arxivDays()), Optional.empty(), () -> true);
    assertThat(first.filesRead()).isEqualTo(1);

    IngestCounts resumed = ingest(Fixtures.arxivDays());
    assertThat(resumed.filesAlreadyIngested()).isEqualTo(1);
    assertThat(resumed.filesRead()).isEqualTo(1);

    try (PaperStore uninterrupted = JdbcPaperStore.sqlite(other)) {
      new IngestRunner(uninterrupted, List.of(new ArxivListingReader()), IngestListener.NONE)
          .run(List.of(Fixtures.arxivDays()), Optional.empty(), () -> false);
      assertThat(paperChecksumIgnoringFetchTimes(store))
          .isEqualTo(paperChecksumIgnoringFetchTimes(uninterrupted));
    }
  }

  @Test
  void aTruncatedFileIsReportedWithItsPositionAndTheOtherFilesStillLoad() throws IOException {
    Path days = dir.resolve("days");
    Files.createDirectories(days);
    Files.copy(Fixtures.arxivDays().resolve("2025-01-02.jsonl"), days.resolve("2025-01-02.jsonl"));
    byte[] gz =
        ArxivListingReaderTest.gzip(
            Files.readString(Fixtures.arxivDays().resolve("2025-01-03.jsonl")).repeat(500));
    Files.write(days.resolve("2025-01-03.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));

    IngestCounts counts = ingest(days);

    assertThat(counts.filesFailed()).isEqualTo(1);
    assertThat(counts.filesRead()).isEqualTo(1);
    assertThat(store.ingestIssues())
        .filteredOn(i -> i.reason().equals("unreadable-file"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.file()).isEqualTo("2025-01-03.jsonl.gz");
              assertThat(i.line()).isPositive();
              assertThat(i.message()).contains("2025-01-03.jsonl.gz");
            });
    assertThat(store.paperByArxivId(new ArxivId("2501.00003"))).isPresent();
    assertThat(store.paperByArxivId(new ArxivId("2501.00004")))
        .isPresent(); // rows before the damage are kept
    assertThat(store.ingestedFiles()).extracting(f -> f.name()).containsExactly("2025-01-02.jsonl");
  }

  private static String paperChecksumIgnoringFetchTimes(PaperStore s) {
    StringBuilder b = new StringBuilder();
    s.forEachPaper(0, p -> b.append(p).append('\n'));
    s.forEachSourceRecord(
        (id, r) -> b.append(id).append(r.sourceId()).append(r.payload().hashCode()).append('\n'));
    return b.toString();
  }
}
