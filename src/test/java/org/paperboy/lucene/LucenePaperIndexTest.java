package org.paperboy.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Paper;
import org.paperboy.index.SearchHit;
import org.paperboy.index.SearchQuery;
import org.paperboy.index.SearchResults;

class LucenePaperIndexTest {
  private static final LocalDate D1 = LocalDate.of(2025, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2025, 1, 3);
  @TempDir Path dir;
  private LucenePaperIndex index;

  @BeforeEach
  void open() {
    index = LucenePaperIndex.open(dir);
    index.upsert(
        List.of(
            Fixtures.paper(
                    "2501.00001",
                    "Direct Preference Optimization",
                    "We align models with preferences.",
                    D1,
                    "cs.CL")
                .withId(1),
            Fixtures.paper(
                    "2501.00002",
                    "Graph Networks",
                    "Message passing for molecules & <crystals>.",
                    D1,
                    "cs.LG")
                .withId(2),
            Fixtures.paper(
                    "2501.00003",
                    "Preference Learning Survey",
                    "A survey of optimization from preferences.",
                    D2,
                    "cs.LG")
                .withId(3)));
    index.commit(5);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<Long> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::paperId).toList();
  }

  @Test
  void titleMatchesRankAboveAbstractMatches() {
    SearchResults r = index.search(SearchQuery.of("direct preference optimization", 10));
    assertThat(ids(r)).containsExactly(1L, 3L);
    assertThat(r.totalHits()).isEqualTo(2);
    assertThat(r.hits().get(0).titleHtml())
        .isEqualTo("<mark>Direct</mark> <mark>Preference</mark> <mark>Optimization</mark>");
  }

  @Test
  void stemmingFindsOtherWordForms() {
    assertThat(ids(index.search(SearchQuery.of("optimizing preferences", 10)))).contains(1L, 3L);
  }

  @Test
  void filtersByListingDateAndCategory() {
    assertThat(ids(index.search(new SearchQuery("preference", D2, D2, Set.of(), 0, 10))))
        .containsExactly(3L);
    assertThat(ids(index.search(new SearchQuery("preference", null, D1, Set.of(), 0, 10))))
        .containsExactly(1L);
    assertThat(ids(index.search(new SearchQuery("preference", null, null, Set.of("cs.LG"), 0, 10))))
        .containsExactly(3L);
    assertThat(ids(index.search(new SearchQuery("", null, null, Set.of("cs.LG"), 0, 10))))
        .containsExactlyInAnyOrder(2L, 3L);
  }

  @Test
  void snippetsAreEscapedHtmlWithMarks() {
    SearchHit hit = index.search(SearchQuery.of("molecules", 10)).hits().get(0);
    assertThat(hit.snippetHtml())
        .isEqualTo("Message passing for <mark>molecules</mark> &amp; &lt;crystals&gt;.");
    assertThat(hit.titleHtml()).isEqualTo("Graph Networks");
  }

  @Test
  void fieldedQueriesAndBrokenSyntaxBothWork() {
    assertThat(ids(index.search(SearchQuery.of("author:lovelace AND title:graph", 10))))
        .containsExactly(2L);
    assertThat(ids(index.search(SearchQuery.of("\"preference optimization", 10)))).isNotEmpty();
    assertThat(ids(index.search(SearchQuery.of("preference:", 10)))).isNotEmpty();
  }

  @Test
  void upsertReplacesByIdAndPagingWorks() {
    Paper changed =
        Fixtures.paper(
                "2501.00002", "Graph Networks Revisited", "Nothing about molecules.", D2, "cs.LG")
            .withId(2);
    index.upsert(List.of(changed));
    index.commit(6);
    assertThat(index.size()).isEqualTo(3);
    assertThat(ids(index.search(SearchQuery.of("revisited", 10)))).containsExactly(2L);
    assertThat(ids(index.search(new SearchQuery("preference", null, null, Set.of(), 1, 1))))
        .containsExactly(3L);
  }

  @Test
  void theCommittedStoreRevisionSurvivesReopeningAndReadOnlyOpeningRefusesWrites() {
    index.close();
    index = LucenePaperIndex.open(dir);
    assertThat(index.indexedRevision()).isEqualTo(5);
    index.close();
    try (LucenePaperIndex readOnly = LucenePaperIndex.openReadOnly(dir)) {
      assertThat(readOnly.indexedRevision()).isEqualTo(5);
      assertThat(readOnly.size()).isEqualTo(3);
      assertThatThrownBy(
              () -> readOnly.upsert(List.of(Fixtures.paper("2501.00009", "T", null, D1).withId(9))))
          .isInstanceOf(IllegalStateException.class);
    }
    index = LucenePaperIndex.open(dir);
  }

  @Test
  void invalidQueriesAreRejectedWithTheBadValue() {
    assertThatThrownBy(() -> SearchQuery.of("x", 0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> new SearchQuery("x", D2, D1, Set.of(), 0, 10))
        .hasMessageContaining("from " + D2 + " is after to " + D1);
  }
}
