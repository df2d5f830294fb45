package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

class ArxivListingReaderTest {
  private final ArxivListingReader reader =
      new ArxivListingReader(Clock.fixed(Instant.parse("2025-01-05T00:00:00Z"), ZoneOffset.UTC));

  record Skip(long line, String reason, String message) {}

  static final class Collect implements SourceReader.Sink {
    final List<SourceRecord> records = new ArrayList<>();
    final List<Paper> papers = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    @Override
    public void accept(SourceRecord record, Paper paper) {
      records.add(record);
      papers.add(paper);
    }

    @Override
    public void skip(long line, String reason, String message) {
      skips.add(new Skip(line, reason, message));
    }
  }

  @Test
  void readsGoodRowsAndReportsEachBadRowWithLineAndReason() throws IOException {
    Collect c = new Collect();
    reader.read(Fixtures.arxivDays().resolve("2025-01-02.jsonl"), c);

    assertThat(c.papers)
        .extracting(p -> p.ids().arxivId().value())
        .containsExactly("2501.00001", "2501.00002", "2501.00003", "2501.00001");
    assertThat(c.skips)
        .extracting(Skip::line, Skip::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "malformed-json"),
            org.assertj.core.groups.Tuple.tuple(4L, "blank-line"),
            org.assertj.core.groups.Tuple.tuple(5L, "missing-id"),
            org.assertj.core.groups.Tuple.tuple(6L, "bad-arxiv-id"));
    assertThat(c.skips.get(3).message()).contains("not-an-id");
  }

  @Test
  void mapsAListingRowToACleanPaperAndKeepsTheRawPayload() throws IOException {
    Collect c = new Collect();
    reader.read(Fixtures.arxivDays().resolve("2025-01-02.jsonl"), c);
    Paper dpo = c.papers.get(0);
    LocalDate day = LocalDate.of(2025, 1, 2);

    assertThat(dpo.title()).isEqualTo("Direct Preference Optimization for Small Models");
    assertThat(dpo.abstractText())
        .isEqualTo(
            "We study direct preference optimization (DPO) for small language models."
                + " Our loss is L_DPO and we get 10⁵ × speedups.\n\nA second paragraph with M << N and a & b.");
    assertThat(dpo.categories()).containsExactly("cs.CL", "cs.LG");
    assertThat(dpo.comment()).isEqualTo("8 pages");
    assertThat(dpo.listingDates()).containsExactly(day);
    assertThat(dpo.firstPublished()).isEqualTo(day);
    assertThat(dpo.links())
        .extracting(l -> l.url().toString())
        .containsExactly("https://arxiv.org/abs/2501.00001", "https://arxiv.org/pdf/2501.00001");

    SourceRecord r = c.records.get(0);
    assertThat(r.source()).isEqualTo("arxiv-listing");
    assertThat(r.sourceId()).isEqualTo("2025-01-02/2501.00001");
    assertThat(r.origin()).isEqualTo("2025-01-02.jsonl:1");
    assertThat(r.payload()).startsWith("{\"id\": \"2501.00001\"").contains("\\\\mathcal");
    assertThat(r.fetchedAt()).isEqualTo(Instant.parse("2025-01-05T00:00:00Z"));
  }

  @Test
  void readsGzipAndAcceptsOnlyListingFileNames() throws IOException {
    assertThat(reader.accepts(Path.of("2025-04-15.jsonl.gz"))).isTrue();
    assertThat(reader.accepts(Path.of("2025-04-15.jsonl"))).isTrue();
    assertThat(reader.accepts(Path.of("papers.jsonl"))).isFalse();
    assertThat(reader.accepts(Path.of("2025-04-15.json"))).isFalse();
  }

  @Test
  void aTruncatedGzipFileFailsNamingFileAndLineAfterHandingOverTheRowsBeforeIt(@TempDir Path dir)
      throws IOException {
    byte[] whole =
        gzip(Files.readString(Fixtures.arxivDays().resolve("2025-01-03.jsonl")).repeat(400));
    Path truncated = dir.resolve("2025-01-03.jsonl.gz");
    Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
    Collect c = new Collect();

    assertThatThrownBy(() -> reader.read(truncated, c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2025-01-03.jsonl.gz")
        .hasMessageContaining("line " + c.records.size());
    assertThat(c.records).isNotEmpty();
  }

  @Test
  void aFileNameWithoutADateIsAnError(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("2025-13-45.jsonl"), "{}\n");
    assertThatThrownBy(() -> reader.read(f, new Collect())).hasMessageContaining("2025-13-45");
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
