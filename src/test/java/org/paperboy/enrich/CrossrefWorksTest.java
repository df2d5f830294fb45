package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

class CrossrefWorksTest {
  private static CrossrefWork work(String resource) {
    return CrossrefWorks.work(TestJson.read(resource).path("message")).orElseThrow();
  }

  @Test
  void mapsAJournalArticle() {
    CrossrefWork work = work("crossref/work.json");
    Paper p = work.paper();

    assertThat(work.type()).isEqualTo("journal-article");
    assertThat(p.ids().doi()).isEqualTo("10.5555/paperboy.2019.001");
    assertThat(p.title()).isEqualTo("Reproducible in silico archives: a & b");
    assertThat(p.authors())
        .containsExactly(
            new Author("Josiah Carberry", "orcid:0000-0002-1825-0097"),
            new Author("Ada Lovelace"),
            new Author("The Paperboy Consortium"),
            new Author("Plato"));
    assertThat(p.abstractText())
        .isEqualTo("Archives keep data & code; p < 0.05 in most cases.\n\nA second paragraph.");
    assertThat(p.venue()).isEqualTo("Big Data & Society");
    assertThat(p.links())
        .containsExactly(Link.of("doi", "https://doi.org/10.5555/paperboy.2019.001"));
  }

  @Test
  void anIssueMonthBeforeTheOnlineDayLeavesOnlyTheYear() {
    // print January 2019 ends before online 25 March 2019: the day it first appeared is unknown
    Paper p = work("crossref/work.json").paper();

    assertThat(p.year()).isEqualTo(2019);
    assertThat(p.firstPublished()).isNull();
  }

  @Test
  void proceedingsPapersAreAtTheirConferenceAndNullDatePartsAreNoDate() {
    CrossrefWork work = work("crossref/proceedings-article.json");

    assertThat(work.paper().venue())
        .isEqualTo(
            "23rd International Conference on Distributed Computing Systems Workshops, 2003.");
    assertThat(work.paper().year()).isZero();
    assertThat(work.paper().firstPublished()).isNull();
    assertThat(work.paper().links())
        .containsExactly(Link.of("doi", "https://doi.org/10.5555/icdcsw.2003.42"));
  }

  @Test
  void queryItemsLeaveOutUntitledWorks() {
    List<CrossrefWork> items =
        CrossrefWorks.items(TestJson.read("crossref/works-query.json").path("message"));

    assertThat(items)
        .extracting(CrossrefWork::type)
        .containsExactly("posted-content", "journal-article");
    Paper preprint = items.get(0).paper();
    assertThat(preprint.venue()).isEqualTo("bioRxiv");
    assertThat(preprint.firstPublished()).isEqualTo(LocalDate.of(2016, 5, 30));
    assertThat(preprint.authors().get(0).id()).isEqualTo("orcid:0000-0002-1642-628X");
  }

  @Test
  void aPrintIssueBeforeALaterScanKeepsTheIssueYear() {
    Paper p =
        CrossrefWorks.items(TestJson.read("crossref/works-query.json").path("message"))
            .get(1)
            .paper();

    assertThat(p.year()).isEqualTo(1997);
    assertThat(p.firstPublished()).isNull();
  }

  @Test
  void theEarliestFullDateWinsWhenNothingMustPrecedeIt() {
    Paper p =
        CrossrefWorks.work(
                TestJson.parse(
                    """
                    {"DOI": "10.5555/x", "title": ["T"],
                     "published-print": {"date-parts": [[2022, 7]]},
                     "published-online": {"date-parts": [[2022, 5, 30]]},
                     "issued": {"date-parts": [[2022, 5, 30]]}}
                    """))
            .orElseThrow()
            .paper();

    assertThat(p.firstPublished()).isEqualTo(LocalDate.of(2022, 5, 30));
    assertThat(p.year()).isEqualTo(2022);
  }

  @Test
  void aUrlOtherThanTheDoiLinkIsKept() {
    Paper p =
        CrossrefWorks.work(
                TestJson.parse(
                    """
                    {"DOI": "10.5555/x", "title": ["T"], "URL": "http://dx.doi.org/10.5555/X?via=crossref"}
                    """))
            .orElseThrow()
            .paper();

    assertThat(p.links())
        .containsExactly(
            Link.of("doi", "https://doi.org/10.5555/x"),
            Link.of("crossref", "http://dx.doi.org/10.5555/X?via=crossref"));
  }

  @Test
  void aBadDoiOrOrcidCostsOnlyThatId() {
    Paper p =
        CrossrefWorks.work(
                TestJson.parse(
                    """
                    {"DOI": "not a doi", "title": ["T"], "URL": "https://example.org/100%sure",
                     "author": [{"given": "A", "family": "B", "ORCID": "https://orcid.org/12"}]}
                    """))
            .orElseThrow()
            .paper();

    assertThat(p.ids().doi()).isNull();
    assertThat(p.authors()).containsExactly(new Author("A B"));
    assertThat(p.links()).isEmpty();
  }
}
