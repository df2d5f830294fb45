package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

class EnrichmentTest {
  private static final LocalDate LISTED = LocalDate.of(2025, 4, 15);

  /** An arXiv paper as the listing reader stores it. */
  private static Paper stored() {
    return Paper.builder()
        .id(7)
        .ids(ExternalIds.arxiv(new ArxivId("2504.08901"), 2))
        .title("Stored title")
        .authors(List.of(new Author("Ada Lovelace")))
        .abstractText("Stored abstract.")
        .categories(List.of("cs.CL"))
        .comment("9 pages")
        .listedOn(LISTED)
        .firstPublished(LISTED)
        .versionDate(LISTED)
        .addLink(Link.of("abs", "https://arxiv.org/abs/2504.08901"))
        .build();
  }

  private static Paper.Builder found() {
    return Paper.builder()
        .ids(
            ExternalIds.NONE
                .withDoi("10.18653/v1/2025.acl-long.1")
                .withS2Id("0123456789abcdef0123456789abcdef01234567"))
        .title("Found title")
        .authors(List.of(new Author("A. Lovelace", "s2:1")))
        .abstractText("Found abstract.")
        .venue("ACL 2025")
        .year(2025)
        .firstPublished(LocalDate.of(2025, 7, 28))
        .addLink(Link.of("abs", "https://elsewhere.example/abs"))
        .addLink(Link.of("semantic-scholar", "https://www.semanticscholar.org/paper/0123"));
  }

  @Test
  void fillsIdsVenueAndYearButKeepsWhatThePrimarySourceSaid() {
    Paper stored = stored();
    Paper enriched = Enrichment.apply(stored, found().build());

    assertThat(enriched.ids().doi()).isEqualTo("10.18653/v1/2025.acl-long.1");
    assertThat(enriched.ids().s2Id()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
    assertThat(enriched.ids().arxivId()).isEqualTo(stored.ids().arxivId());
    assertThat(enriched.ids().arxivVersion()).isEqualTo(2);
    assertThat(enriched.venue()).isEqualTo("ACL 2025");
    assertThat(enriched.year()).isEqualTo(2025);
    assertThat(enriched.firstPublished()).isEqualTo(LISTED);
    assertThat(enriched.id()).isEqualTo(7);
    assertThat(enriched.title()).isEqualTo("Stored title");
    assertThat(enriched.authors()).isEqualTo(stored.authors());
    assertThat(enriched.abstractText()).isEqualTo("Stored abstract.");
    assertThat(enriched.categories()).isEqualTo(stored.categories());
    assertThat(enriched.comment()).isEqualTo("9 pages");
    assertThat(enriched.listingDates()).isEqualTo(stored.listingDates());
    assertThat(enriched.versionDate()).isEqualTo(LISTED);
    assertThat(enriched.links())
        .containsExactly(
            Link.of("abs", "https://arxiv.org/abs/2504.08901"),
            Link.of("semantic-scholar", "https://www.semanticscholar.org/paper/0123"),
            Link.of("doi", "https://doi.org/10.18653/v1/2025.acl-long.1"));
  }

  @Test
  void fillsAMissingAbstractAndTakesAnEarlierFirstPublication() {
    Paper stored = stored().toBuilder().abstractText(null).build();
    Paper enriched =
        Enrichment.apply(stored, found().firstPublished(LocalDate.of(2024, 12, 1)).build());

    assertThat(enriched.abstractText()).isEqualTo("Found abstract.");
    assertThat(enriched.firstPublished()).isEqualTo(LocalDate.of(2024, 12, 1));
  }

  @Test
  void neverReplacesWhatTheStoredPaperHas() {
    Paper stored =
        stored().toBuilder()
            .ids(stored().ids().withDoi("10.5555/stored").withS2Id("stored-s2"))
            .venue("Stored venue")
            .year(2024)
            .build();
    Paper enriched = Enrichment.apply(stored, found().build());

    assertThat(enriched.ids()).isEqualTo(stored.ids());
    assertThat(enriched.venue()).isEqualTo("Stored venue");
    assertThat(enriched.year()).isEqualTo(2024);
    assertThat(enriched.links())
        .extracting(Link::rel)
        .containsExactly("abs", "semantic-scholar", "doi");
    assertThat(enriched.links().get(2).url().toString())
        .isEqualTo("https://doi.org/10.5555/stored");
  }

  @Test
  void arxivDoisAndArxivVenuesAddNothing() {
    Paper found =
        found()
            .ids(ExternalIds.NONE.withDoi("10.48550/arXiv.2504.08901"))
            .venue("ArXiv")
            .year(0)
            .firstPublished(null)
            .links(List.of(Link.of("doi", "https://doi.org/10.48550/arxiv.2504.08901")))
            .build();

    assertThat(Enrichment.apply(stored(), found)).isEqualTo(stored());
  }

  @Test
  void isEqualWhenNothingIsNewAndAddsNothingTheSecondTime() {
    Paper stored = stored();
    Paper once = Enrichment.apply(stored, found().build());

    assertThat(Enrichment.apply(stored, stored)).isEqualTo(stored);
    assertThat(Enrichment.apply(once, found().build())).isEqualTo(once);
  }
}
