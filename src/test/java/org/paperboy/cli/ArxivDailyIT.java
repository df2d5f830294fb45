package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.ArxivSlice;

/** The CLI on ten real listing days. */
class ArxivDailyIT {
  @TempDir static Path dir;
  static String data;
  static CliTest.Run firstIngest;

  @BeforeAll
  static void ingest() {
    Path slice = ArxivSlice.linkInto(dir.resolve("slice"));
    data = dir.resolve("data").toString();
    firstIngest = CliTest.run("--data-dir", data, "ingest", slice.toString());
  }

  @Test
  void everyRowBecomesAPaperPerDistinctArxivIdWithNothingSkipped() throws Exception {
    assertThat(firstIngest.code()).isZero();
    JsonNode stats = CliTest.run("--data-dir", data, "stats", "--json").json();
    assertThat(stats.path("papers").asLong()).isEqualTo(ArxivSlice.PAPERS);
    assertThat(stats.path("sourceRecords").asLong()).isEqualTo(ArxivSlice.SOURCE_RECORDS);
    assertThat(stats.path("listingDays").asLong()).isEqualTo(10);
    assertThat(stats.path("skippedTotal").asLong()).isZero();
    assertThat(stats.path("indexedPapers").asLong()).isEqualTo(ArxivSlice.PAPERS);
  }

  @Test
  void aSecondRunAddsNothing() {
    CliTest.Run again = CliTest.run("--data-dir", data, "ingest", dir.resolve("slice").toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("(10 already ingested, 0 failed): 0 papers added");
  }

  @Test
  void searchFindsDpoPapersWithSnippetsAndDatesRestrictIt() throws Exception {
    JsonNode all =
        CliTest.run("--data-dir", data, "search", "direct preference optimization", "--json")
            .json();
    assertThat(all.path("hits")).hasSize(10);
    JsonNode top = all.path("hits").get(0);
    assertThat(
            top.path("paper").path("title").asText()
                + " "
                + top.path("paper").path("abstract").asText())
        .containsIgnoringCase("preference optimization");
    assertThat(top.path("snippetHtml").asText()).contains("<mark>");
    int dpo = 0;
    for (JsonNode hit : all.path("hits")) {
      String text =
          (hit.path("paper").path("title").asText() + hit.path("paper").path("abstract").asText())
              .toLowerCase(java.util.Locale.ROOT);
      dpo += text.contains("dpo") || text.contains("direct preference optimization") ? 1 : 0;
    }
    assertThat(dpo).isGreaterThanOrEqualTo(5);

    JsonNode oneDay =
        CliTest.run(
                "--data-dir",
                data,
                "search",
                "direct preference optimization",
                "--from",
                "2025-04-15",
                "--to",
                "2025-04-15",
                "--json",
                "--limit",
                "100")
            .json();
    assertThat(oneDay.path("totalHits").asLong())
        .isPositive()
        .isLessThan(all.path("totalHits").asLong());
    for (JsonNode hit : oneDay.path("hits")) {
      assertThat(hit.path("paper").path("listingDates").toString()).contains("2025-04-15");
    }
  }

  @Test
  void aRealPaperKeepsItsCleanTextAndProvenance() throws Exception {
    JsonNode hits =
        CliTest.run(
                "--data-dir", data, "search", "title:\"psychopathological computations\"", "--json")
            .json();
    JsonNode paper = hits.path("hits").get(0).path("paper");
    assertThat(paper.path("arxivId").asText()).isEqualTo("2504.08016");
    assertThat(paper.path("title").asText())
        .isEqualTo("Emergence of psychopathological computations in large language models");
    assertThat(paper.path("abstract").asText())
        .doesNotContain("\n")
        .startsWith("Can large language models (LLMs)");
    assertThat(paper.path("categories").get(0).asText()).isEqualTo("q-bio.NC");
  }

  @Test
  void exportThenImportIntoAnEmptyDataDirReproducesTheSamePapers() throws Exception {
    Path export = dir.resolve("export.jsonl.gz");
    assertThat(CliTest.run("--data-dir", data, "export", "-o", export.toString()).code()).isZero();
    String copy = dir.resolve("copy").toString();
    assertThat(CliTest.run("--data-dir", copy, "import", export.toString()).code()).isZero();

    JsonNode a = CliTest.run("--data-dir", data, "stats", "--json", "--checksum").json();
    JsonNode b = CliTest.run("--data-dir", copy, "stats", "--json", "--checksum").json();
    for (String field :
        new String[] {
          "papers",
          "papersWithAbstract",
          "sourceRecords",
          "listingDays",
          "ingestedFiles",
          "skipped",
          "indexedPapers",
          "checksum"
        }) {
      assertThat(b.path(field)).as(field).isEqualTo(a.path(field));
    }
    JsonNode search =
        CliTest.run("--data-dir", copy, "search", "direct preference optimization", "--json")
            .json();
    assertThat(search.path("hits")).hasSize(10);
  }
}
