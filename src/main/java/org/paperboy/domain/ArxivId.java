package org.paperboy.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier without its version, in either the modern form ({@code 2504.08901}) or the
 * pre-2007 form ({@code hep-th/9901001}, {@code math.AG/0601001}).
 *
 * @param value the canonical identifier, never with a {@code vN} suffix
 */
public record ArxivId(String value) implements Comparable<ArxivId> {
  private static final Pattern MODERN = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Pattern OLD = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}");
  private static final Pattern WITH_VERSION =
      Pattern.compile("(?:arxiv:)?(.+?)(?:v(\\d+))?", Pattern.CASE_INSENSITIVE);

  public ArxivId {
    Objects.requireNonNull(value, "arXiv id must not be null");
    if (!MODERN.matcher(value).matches() && !OLD.matcher(value).matches()) {
      throw new IllegalArgumentException("not an arXiv id (without version): '" + value + "'");
    }
  }

  /** Parses an id that may carry an {@code arXiv:} prefix and a version suffix. */
  public static Versioned parse(String text) {
    Objects.requireNonNull(text, "arXiv id must not be null");
    Matcher m = WITH_VERSION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an arXiv id: '" + text + "'");
    }
    int version = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return new Versioned(new ArxivId(m.group(1)), version);
  }

  @Override
  public int compareTo(ArxivId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * An arXiv id with the version it was seen at.
   *
   * @param version 1 or more, or 0 when the source does not say
   */
  public record Versioned(ArxivId id, int version) {
    public Versioned {
      Objects.requireNonNull(id, "id");
      if (version < 0) {
        throw new IllegalArgumentException("arXiv version must be >= 0, got " + version);
      }
    }
  }
}
