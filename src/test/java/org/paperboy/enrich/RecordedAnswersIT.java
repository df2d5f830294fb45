package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Paper;
import org.paperboy.http.Cassettes;

/**
 * The mappers over every work and paper object in the recorded answers of the shared fixtures:
 * nothing fails, and what the records hold is counted.
 */
class RecordedAnswersIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> bodies(String folder) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedTestData.require("fixtures/" + folder))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (Cassettes.Exchange e : Cassettes.vcr(f)) {
          if (e.response().status() == 200) {
            out.add(JSON.readTree(e.response().body()));
          }
        }
      }
    }
    return out;
  }

  @Test
  void mapsEveryRecordedCrossrefWork() throws IOException {
    List<JsonNode> works = new ArrayList<>();
    for (JsonNode body : bodies("crossref")) {
      JsonNode message = body.path("message");
      if (message.has("items")) {
        message.path("items").forEach(works::add);
      } else {
        works.add(message);
      }
    }
    List<CrossrefWork> mapped =
        works.stream().flatMap(w -> CrossrefWorks.work(w).stream()).toList();
    List<Paper> papers = mapped.stream().map(CrossrefWork::paper).toList();
    System.out.printf(
        Locale.ROOT,
        "Crossref: %d works, %d with a title; year %d, full first date %d, venue %d, abstract %d,"
            + " ORCID authors on %d%n",
        works.size(),
        papers.size(),
        papers.stream().filter(p -> p.year() != 0).count(),
        papers.stream().filter(p -> p.firstPublished() != null).count(),
        papers.stream().filter(p -> p.venue() != null).count(),
        papers.stream().filter(p -> p.abstractText() != null).count(),
        papers.stream().filter(p -> p.authors().stream().anyMatch(a -> a.id() != null)).count());

    assertThat(works.size()).isEqualTo(74);
    assertThat(papers.size()).isEqualTo(73); // a journal issue has no title
    assertThat(papers)
        .allSatisfy(
            p -> {
              assertThat(p.title()).doesNotContain("<", "&amp;", "\n");
              assertThat(p.ids().doi()).isNotNull();
            });
    assertThat(papers)
        .filteredOn(p -> p.abstractText() != null)
        .allSatisfy(p -> assertThat(p.abstractText()).doesNotContain("<jats:", "&amp;"));
  }

  @Test
  void mapsEveryRecordedSemanticScholarPaper() throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode body : bodies("semantic-scholar")) {
      body.path("data").forEach(objects::add);
      body.path("recommendedPapers").forEach(objects::add);
      if (body.has("paperId")) {
        objects.add(body);
      }
    }
    for (String json : List.of("Paper.json", "PaperWithNullValues.json")) {
      JsonNode paper =
          JSON.readTree(SharedTestData.require("fixtures/semantic-scholar/" + json).toFile());
      objects.add(paper);
      paper.path("citations").forEach(objects::add);
      paper.path("references").forEach(objects::add);
    }
    objects.addAll(
        List.copyOf(
            SemanticScholarPapers.author(
                    JSON.readTree(
                        SharedTestData.require("fixtures/semantic-scholar/Author.json").toFile()))
                .map(a -> List.<JsonNode>of())
                .orElseThrow()));
    long titled = objects.stream().filter(o -> SemanticScholarPapers.paper(o).isPresent()).count();
    long withS2Id =
        objects.stream().filter(o -> !o.path("paperId").isNull() && o.has("paperId")).count();
    System.out.printf(
        Locale.ROOT,
        "Semantic Scholar: %d paper objects, %d with a paperId, %d with a title%n",
        objects.size(),
        withS2Id,
        titled);

    assertThat(objects.size()).isGreaterThan(2000);
    assertThat(objects.size() - titled).isEqualTo(1); // PaperWithNullValues.json
  }
}
