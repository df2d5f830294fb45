package org.paperboy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

/** Small hand-written test data. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Two listing days: 2025-01-02 (4 usable rows, 4 bad ones) and 2025-01-03 (a revision, a new
   * paper, a repeat).
   */
  public static Path arxivDays() {
    return resource("arxiv-listing/days");
  }

  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  public static Paper paper(
      String arxivId, String title, String abstractText, LocalDate day, String... categories) {
    return Paper.builder()
        .ids(ExternalIds.arxiv(new ArxivId(arxivId), 0))
        .title(title)
        .authors(List.of(new Author("Ada Lovelace"), new Author("Alan Turing")))
        .abstractText(abstractText)
        .categories(List.of(categories))
        .listedOn(day)
        .firstPublished(day)
        .versionDate(day)
        .addLink(Link.of("abs", "https://arxiv.org/abs/" + arxivId))
        .build();
  }
}
