package org.paperboy.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> EARLIEST =
      Comparator.comparing(PartialDate::latestPossible).thenComparing(d -> !d.isFull());

  /**
   * A date from parts as services send them ({@code [[null]]} happens): empty without a usable
   * year; a month out of range leaves the year, a day out of range the month.
   */
  static Optional<PartialDate> of(Integer year, Integer month, Integer day) {
    if (year == null || year < 1000 || year > 9999) {
      return Optional.empty();
    }
    if (month == null || month < 1 || month > 12) {
      return Optional.of(new PartialDate(year, 0, 0));
    }
    boolean validDay = day != null && day >= 1 && YearMonth.of(year, month).isValidDay(day);
    return Optional.of(new PartialDate(year, month, validDay ? day : 0));
  }

  /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when it is none of them. */
  static Optional<PartialDate> parse(String text) {
    Matcher m = text == null ? null : ISO.matcher(text);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return of(Integer.valueOf(m.group(1)), number(m.group(2)), number(m.group(3)));
  }

  /**
   * The earliest of several reports of when a work appeared. A date known only to the month or year
   * is earlier than a full date only when it ends before that day: a print issue of July 1997 is
   * earlier than a scan put online on 18 February 2005 (the year is 1997, the day unknown), but a
   * print issue of July 2022 is not earlier than an online-first article of 30 May 2022.
   */
  static Optional<PartialDate> earliest(Collection<PartialDate> dates) {
    return dates.stream().min(EARLIEST);
  }

  private static Integer number(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
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
