package org.paperboy.domain;

import java.util.Objects;

/**
 * Argument checks with messages that name the offending value (in the spirit of jsoup's Validate).
 */
public final class Require {
  private Require() {}

  /** Returns {@code value} if it is non-null and has a non-whitespace character. */
  public static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /**
   * Returns {@code value} if it is null or non-blank; blank strings are rejected rather than
   * silently kept.
   */
  public static String nullOrNonBlank(String value, String name) {
    return value == null ? null : nonBlank(value, name);
  }

  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }
}
