package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.embed.OnnxEncoder;
import org.paperboy.embed.PaperText;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** Runs the CLI and returns exit code and standard output. */
  static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  record Run(int code, String out) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  @Test
  void ingestThenStatsSearchAndExportImportRoundTrip() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("--data-dir", data, "ingest", Fixtures.arxivDays().toString()).code()).isZero();

    JsonNode stats = run("--data-dir", data, "stats", "--json", "--checksum").json();
    assertThat(stats.path("papers").asLong()).isEqualTo(4);
    assertThat(stats.path("sourceRecords").asLong()).isEqualTo(6);
    assertThat(stats.path("indexedPapers").asLong()).isEqualTo(4);
    assertThat(stats.path("skipped").path("malformed-json").asLong()).isEqualTo(1);
    assertThat(stats.path("skippedTotal").asLong()).isEqualTo(4);

    Run search = run("--data-dir", data, "search", "direct preference optimization", "--json");
    assertThat(search.code()).isZero();
    assertThat(search.json().path("hits").get(0).path("paper").path("arxivId").asText())
        .isEqualTo("2501.00001");
    Run filtered =
        run(
            "--data-dir",
            data,
            "search",
            "graph",
            "--from",
            "2025-01-03",
            "--category",
            "cs.LG",
            "--json");
    assertThat(filtered.json().path("totalHits").asLong()).isEqualTo(1);

    Path export = dir.resolve("backup.jsonl.gz");
    assertThat(run("--data-dir", data, "export", "-o", export.toString()).code()).isZero();
    assertThat(export).exists();
    String copy = dir.resolve("copy").toString();
    assertThat(run("--data-dir", copy, "import", export.toString()).code()).isZero();
    JsonNode copied = run("--data-dir", copy, "stats", "--json", "--checksum").json();
    assertThat(copied.path("checksum").asText()).isEqualTo(stats.path("checksum").asText());
    assertThat(copied.path("skipped")).isEqualTo(stats.path("skipped"));
    assertThat(copied.path("indexedPapers").asLong()).isEqualTo(4);
  }

  @Test
  void aSecondIngestAddsNothing() throws Exception {
    String data = dir.resolve("data").toString();
    run("--data-dir", data, "ingest", Fixtures.arxivDays().toString());
    Run again = run("--data-dir", data, "ingest", Fixtures.arxivDays().toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 papers added, 0 updated, 0 source records added");
  }

  @Test
  void embedCachesOneVectorPerDistinctTextAndASecondRunEmbedsNothing() throws Exception {
    String data = dir.resolve("data").toString();
    run("--data-dir", data, "ingest", Fixtures.arxivDays().toString());
    Set<String> texts = new HashSet<>();
    try (PaperStore store = JdbcPaperStore.sqlite(Path.of(data))) {
      store.forEachPaper(0, p -> texts.add(PaperText.of(p)));
    }

    Run limited = run("--data-dir", data, "embed", "--limit", "1");
    assertThat(limited.code()).isZero();
    assertThat(limited.out()).contains("embedded 1 texts");
    Run first = run("--data-dir", data, "embed");
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("embedded " + (texts.size() - 1) + " texts");
    Run second = run("--data-dir", data, "embed");
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("embedded 0 texts");

    try (PaperStore store = JdbcPaperStore.sqlite(Path.of(data))) {
      assertThat(store.embeddings().count(OnnxEncoder.BGE_SMALL_Q_ID)).isEqualTo(texts.size());
    }
  }

  @Test
  void failuresExitNonZeroWithAMessage() {
    assertThat(
            run("--data-dir", dir.toString(), "ingest", dir.resolve("missing").toString()).code())
        .isEqualTo(1);
    assertThat(run("--data-dir", dir.toString(), "search").code()).isEqualTo(2);
    assertThat(
            run("--data-dir", dir.toString(), "import", dir.resolve("nope.jsonl").toString())
                .code())
        .isEqualTo(1);
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }
}
