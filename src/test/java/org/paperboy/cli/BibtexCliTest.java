package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;

class BibtexCliTest {
  @TempDir Path dir;

  private static long entries(String bibtex) {
    return bibtex.lines().filter(l -> l.startsWith("@")).count();
  }

  @Test
  void ingestABibFileThenExportItWithItsCitationKeys() throws Exception {
    String data = dir.resolve("data").toString();
    Path lab = Fixtures.resource("bibtex/lab.bib");
    assertThat(run("--data-dir", data, "ingest", lab.toString()).code()).isZero();

    JsonNode stats = run("--data-dir", data, "stats", "--json").json();
    // Two entries name arXiv 1706.03762 and become one paper with two source records.
    assertThat(stats.path("papers").asLong()).isEqualTo(3);
    assertThat(stats.path("sourceRecords").asLong()).isEqualTo(4);
    assertThat(stats.path("skipped").path("duplicate-key").asLong()).isEqualTo(1);
    assertThat(stats.path("skipped").path("missing-title").asLong()).isEqualTo(1);

    CliTest.Run all = run("--data-dir", data, "bibtex");
    assertThat(all.code()).isZero();
    assertThat(entries(all.out())).isEqualTo(3);
    assertThat(all.out())
        .contains(
            "@inproceedings{lab.bib/mueller2020bert,",
            "@article{lab.bib/vaswani2017attention,",
            "journal = {arXiv preprint}",
            "@inproceedings{lab.bib/smith2021graphs,",
            "title = {{Über BERT: Pre-training for Cafés in Zürich}}",
            "eprint = {1706.03762}");

    Path matches = dir.resolve("attention.bib");
    assertThat(
            run("--data-dir", data, "bibtex", "attention", "--limit", "5", "-o", matches.toString())
                .code())
        .isZero();
    String found = Files.readString(matches, StandardCharsets.UTF_8);
    assertThat(entries(found)).isEqualTo(1);
    assertThat(found).contains("{lab.bib/vaswani2017attention,");
    assertThat(dir.resolve("attention.bib.partial")).doesNotExist();

    Path everything = dir.resolve("all.bib");
    Files.writeString(everything, all.out(), StandardCharsets.UTF_8);
    String copy = dir.resolve("copy").toString();
    assertThat(run("--data-dir", copy, "ingest", everything.toString()).code()).isZero();
    JsonNode copied = run("--data-dir", copy, "stats", "--json").json();
    assertThat(copied.path("papers").asLong()).isEqualTo(3);
    assertThat(copied.path("skippedTotal").asLong()).isZero();
    assertThat(run("--data-dir", copy, "bibtex").out())
        .contains("@article{all.bib/lab.bib/vaswani2017attention,");
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThat(run("--data-dir", dir.toString(), "bibtex", "--limit", "0").code()).isEqualTo(1);
  }
}
