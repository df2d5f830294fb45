package org.paperboy.enrich;

import java.util.Objects;
import org.paperboy.domain.Paper;

/**
 * A Crossref work as a paper, with the work type that a paper has no field for.
 *
 * @param paper the work as a paper, not stored (id 0)
 * @param type Crossref's type such as {@code journal-article}, {@code proceedings-article}, {@code
 *     posted-content}; null when the record has none
 */
public record CrossrefWork(Paper paper, String type) {
  public CrossrefWork {
    Objects.requireNonNull(paper, "paper");
    if (paper.isStored()) {
      throw new IllegalArgumentException("a mapped work is not stored, got paper id " + paper.id());
    }
  }
}
