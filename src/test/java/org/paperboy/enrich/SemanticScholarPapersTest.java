package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

class SemanticScholarPapersTest {
  @Test
  void mapsAPaper() {
    Paper p =
        SemanticScholarPapers.paper(TestJson.read("semantic-scholar/paper.json")).orElseThrow();

    assertThat(p.ids().s2Id()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
    assertThat(p.ids().doi()).isEqualTo("10.5555/mind/lix.236.433");
    assertThat(p.ids().aclId()).isEqualTo("P50-1001");
    assertThat(p.ids().arxivId()).isNull();
    assertThat(p.title()).isEqualTo("Computing Machinery and Intelligence");
    assertThat(p.abstractText())
        .isEqualTo("I propose to consider the question, “Can machines think?”");
    assertThat(p.authors())
        .containsExactly(new Author("A. Turing", "s2:2262347"), new Author("Anonymous Referee"));
    assertThat(p.year()).isEqualTo(1950);
    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(1950, 10, 1));
    assertThat(p.links())
        .containsExactly(
            Link.of(
                "semantic-scholar",
                "https://www.semanticscholar.org/paper/0123456789abcdef0123456789abcdef01234567"),
            Link.of("doi", "https://doi.org/10.5555/mind/lix.236.433"));
  }

  @Test
  void theJournalNamesTheVenueBeforeTheFreeTextVenue() {
    Paper p =
        SemanticScholarPapers.paper(TestJson.read("semantic-scholar/paper.json")).orElseThrow();

    assertThat(p.venue()).isEqualTo("Mind");
  }

  @Test
  void anArxivPreprintKeepsItsArxivIdAndDropsAnImpossibleDate() {
    Paper p =
        SemanticScholarPapers.paper(TestJson.read("semantic-scholar/paper-arxiv.json"))
            .orElseThrow();

    assertThat(p.ids().arxivId()).isEqualTo(new ArxivId("2504.08901"));
    assertThat(p.ids().doi()).isEqualTo("10.48550/arxiv.2504.08901");
    assertThat(p.title()).isEqualTo("A Preprint About α-Divergences");
    assertThat(p.abstractText()).isNull();
    assertThat(p.venue()).isEqualTo("arXiv.org");
    assertThat(p.year()).isEqualTo(2025);
    assertThat(p.firstPublished()).isNull(); // 2025-02-30
  }

  @Test
  void aNullHeavyObjectWithoutTitleIsNoPaper() {
    assertThat(SemanticScholarPapers.paper(TestJson.read("semantic-scholar/paper-nulls.json")))
        .isEmpty();
    assertThat(SemanticScholarPapers.paper(TestJson.parse("{}"))).isEmpty();
  }

  @Test
  void onlyTheTitleIsNeeded() {
    Paper p =
        SemanticScholarPapers.paper(TestJson.parse("{\"title\": \"Just a title\"}")).orElseThrow();

    assertThat(p.ids().isEmpty()).isTrue();
    assertThat(p.authors()).isEmpty();
    assertThat(p.venue()).isNull();
    assertThat(p.year()).isZero();
  }

  @Test
  void mapsAnAuthorWithAliasesAndTitledPapers() {
    S2Author a =
        SemanticScholarPapers.author(TestJson.read("semantic-scholar/author.json")).orElseThrow();

    assertThat(a.id()).isEqualTo("2262347");
    assertThat(a.name()).isEqualTo("A. Turing");
    assertThat(a.aliases()).containsExactly("Alan Turing", "A. M. Turing", "Alan Mathison Turing");
    assertThat(a.papers())
        .extracting(Paper::title)
        .containsExactly("Dystopian or Utopian? Two Images of Alan Turing", "Cryptologia note");
    assertThat(a.papers().get(0).venue()).isNull();
    assertThat(a.papers().get(1).ids().doi()).isEqualTo("10.1080/01611194.2019.1650846");
  }

  @Test
  void anAuthorWithoutIdIsNoAuthor() {
    assertThat(SemanticScholarPapers.author(TestJson.parse("{\"name\": \"X\", \"aliases\": null}")))
        .isEmpty();
  }
}
