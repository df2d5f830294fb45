package org.paperboy.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a paper as its preprint server numbers them (arXiv's v1, v2, …).
 *
 * @param number 1 or more
 * @param submitted the day the version was submitted (UTC)
 */
public record PaperVersion(int number, LocalDate submitted) implements Comparable<PaperVersion> {
  public PaperVersion {
    if (number < 1) {
      throw new IllegalArgumentException("version number must be >= 1, got " + number);
    }
    Objects.requireNonNull(submitted, "submitted");
  }

  @Override
  public int compareTo(PaperVersion other) {
    return Integer.compare(number, other.number);
  }
}
