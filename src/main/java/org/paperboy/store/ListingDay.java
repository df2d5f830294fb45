package org.paperboy.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which papers were listed, with the listing days before and after it (null at either
 * end).
 */
public record ListingDay(LocalDate day, LocalDate previous, LocalDate next, int paperCount) {
  public ListingDay {
    Objects.requireNonNull(day, "day");
  }
}
