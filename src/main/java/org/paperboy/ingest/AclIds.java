package org.paperboy.ingest;

import java.util.Locale;
import org.paperboy.domain.Require;

/**
 * ACL Anthology ids built from a paper's collection, volume and paper ids, as the Anthology builds
 * them: {@code 2023.acl} + {@code long} + {@code 1} is {@code 2023.acl-long.1}; before 2020 the
 * volume and paper numbers are zero-padded into four digits, {@code P19} + {@code 1} + {@code 1} is
 * {@code P19-1001}, and workshops ({@code W…}, {@code C69}, {@code D19} volumes 5 and up) use two
 * digits each, {@code W18} + {@code 64} + {@code 81} is {@code W18-6481}.
 *
 * <p>Thread-safe: stateless.
 */
final class AclIds {
  private AclIds() {}

  /**
   * The Anthology id of a paper.
   *
   * @throws IllegalArgumentException when an id is blank, or an old-style volume or paper id is not
   *     a number
   */
  static String paper(String collection, String volume, String paper) {
    required(collection, "collection id");
    required(volume, "volume id");
    required(paper, "paper id");
    if (Character.isDigit(collection.charAt(0))) {
      return collection + "-" + volume + "." + paper;
    }
    int v = number(volume, "volume", collection);
    int p = number(paper, "paper", collection);
    String format = twoDigitVolumes(collection, v) ? "%s-%02d%02d" : "%s-%d%03d";
    return String.format(Locale.ROOT, format, collection, v, p);
  }

  /** Like {@link Require#nonBlank} but a missing id is an invalid record too, not a bug. */
  private static void required(String id, String what) {
    if (id == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    Require.nonBlank(id, what);
  }

  private static boolean twoDigitVolumes(String collection, int volume) {
    return collection.startsWith("W")
        || collection.equals("C69")
        || (collection.equals("D19") && volume >= 5);
  }

  private static int number(String id, String what, String collection) {
    try {
      return Integer.parseInt(id.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " id '" + id + "' in old-style collection " + collection + " is not a number", e);
    }
  }
}
