package org.paperboy.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A date known to the year, the month or the day, as services report publication dates.
 *
 * @param year four digits
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (then the month may still be known)
 */
record PartialDate(int year, int month, int day) {
  PartialDate {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits, got " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("bad month " + month + " (day " + day + ")");
    }
    if (day != 0 && !YearMonth.of(year, month).isValidDay(day)) {
      throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
    }
  }

  private static final Comparator<PartialDate> EARLIEST =
      Comparator.comparing(PartialDate::latestPossible).thenComparing(d -> !d.isFull());

  /**
   * A date from parts as services send them ({@code [[null]]} happens): empty without a usable
   * year; a month or day out of range is dropped, keeping the year.
   */
  static Optional<PartialDate> of(Integer year, Integer month, Integer day) {
    if (year == null || year < 1000 || year > 9999) {
      return Optional.empty();
    }
    int m = month == null ? 0 : month;
    int d = m == 0 || day == null ? 0 : day;
    if (m < 0 || m > 12 || (d != 0 && (d < 0 || !YearMonth.of(year, m).isValidDay(d)))) {
      return Optional.of(new PartialDate(year, 0, 0));
    }
    return Optional.of(new PartialDate(year, m, d));
  }

  /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when it is none of them. */
  static Optional<PartialDate> parse(String text) {
    if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return Optional.empty();
    }
    String[] parts = text.split("-");
    return of(
        Integer.valueOf(parts[0]),
        parts.length > 1 ? Integer.valueOf(parts[1]) : null,
        parts.length > 2 ? Integer.valueOf(parts[2]) : null);
  }

  /**
   * The earliest of several reports of when a work appeared. A date known only to the month or year
   * counts as earlier than a full date only when it must be (it ends before that day): a journal
   * issue of July 1997 precedes a scan put online on 18 February 2005, while an issue of July 2022
   * does not precede an online-first article of 30 May 2022 as a full date would.
   */
  static Optional<PartialDate> earliest(Collection<PartialDate> dates) {
    return dates.stream().min(EARLIEST);
  }

  boolean isFull() {
    return day != 0;
  }

  /** The day, when known to the day. */
  Optional<LocalDate> toLocalDate() {
    return isFull() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** The last day this date may stand for: a year-only date may be any day of that year. */
  LocalDate latestPossible() {
    if (isFull()) {
      return LocalDate.of(year, month, day);
    }
    return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }
}
