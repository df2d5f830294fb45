package org.paperboy.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The venue and year of one paperlists file, from its path {@code <code>/<code><year>.json[.gz]}
 * (e.g. {@code iclr/iclr2018.json.gz} is ICLR 2018), and what a paper's decision status makes of
 * it.
 *
 * <p>Display names live in {@link #NAMES}, one entry per venue code of the paperlists data set. A
 * code missing there is shown upper-cased, so a new venue directory still reads. {@code nips} is
 * shown as NeurIPS for every year: one name keeps a venue's papers together in search, though the
 * conference was called NIPS until 2018.
 *
 * <p>Papers that were not accepted stay in the store (a researcher may want the rejected ICLR
 * submissions) but do not claim the venue: their venue reads e.g. {@code ICLR 2018 (rejected)}.
 * Workshop-track papers read {@code ICLR 2017 Workshop}.
 *
 * @param code the lower-case venue code, the directory name (e.g. {@code iclr})
 * @param year the four-digit year from the file name
 */
public record PaperlistsVenue(String code, int year) {
  private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9]+?)(\\d{4})\\.json(?:\\.gz)?");

  /** Venue code → display name. Every venue of the paperlists data set (27 in 2025). */
  static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("3dv", "3DV"),
          Map.entry("aaai", "AAAI"),
          Map.entry("acl", "ACL"),
          Map.entry("acml", "ACML"),
          Map.entry("ai4x", "AI4X"),
          Map.entry("aistats", "AISTATS"),
          Map.entry("alt", "ALT"),
          Map.entry("automl", "AutoML"),
          Map.entry("coling", "COLING"),
          Map.entry("colt", "COLT"),
          Map.entry("cvpr", "CVPR"),
          Map.entry("eccv", "ECCV"),
          Map.entry("iccv", "ICCV"),
          Map.entry("iclr", "ICLR"),
          Map.entry("icml", "ICML"),
          Map.entry("icra", "ICRA"),
          Map.entry("ijcai", "IJCAI"),
          Map.entry("iros", "IROS"),
          Map.entry("kdd", "KDD"),
          Map.entry("naacl", "NAACL"),
          Map.entry("nips", "NeurIPS"),
          Map.entry("rss", "RSS"),
          Map.entry("siggraph", "SIGGRAPH"),
          Map.entry("siggraphasia", "SIGGRAPH Asia"),
          Map.entry("uai", "UAI"),
          Map.entry("wacv", "WACV"),
          Map.entry("www", "WWW"));

  public PaperlistsVenue {
    if (code == null || !code.matches("[a-z0-9]+")) {
      throw new IllegalArgumentException(
          "venue code must be lower-case letters/digits, got '" + code + "'");
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits, got " + year);
    }
  }

  /**
   * The venue of {@code file} when its name is {@code <code><year>.json[.gz]} inside a directory
   * named {@code <code>}; empty otherwise.
   */
  public static Optional<PaperlistsVenue> of(Path file) {
    Path name = file.getFileName();
    Path parent = file.toAbsolutePath().getParent();
    if (name == null || parent == null || parent.getFileName() == null) {
      return Optional.empty();
    }
    Matcher m = FILE_NAME.matcher(name.toString());
    if (!m.matches() || !m.group(1).equals(parent.getFileName().toString())) {
      return Optional.empty();
    }
    return Optional.of(new PaperlistsVenue(m.group(1), Integer.parseInt(m.group(2))));
  }

  /** The display name with the year, e.g. {@code ICLR 2018}. */
  public String name() {
    return NAMES.getOrDefault(code, code.toUpperCase(Locale.ROOT)) + " " + year;
  }

  /** {@code iclr2018}: the prefix of this file's source ids. */
  public String key() {
    return code + year;
  }

  /**
   * The venue a paper with decision {@code status} may claim: the plain name for accepted papers, a
   * marked one for workshop papers and for papers that were not accepted.
   */
  public String forStatus(String status) {
    String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    if (s.contains("reject")) {
      return name() + " (rejected)";
    }
    if (s.contains("withdraw")) {
      return name() + " (withdrawn)";
    }
    // OpenReview's "Active": still under review when the list was made, so never accepted here.
    if (s.equals("active")) {
      return name() + " (no decision)";
    }
    if (s.contains("workshop")) {
      return name() + " Workshop";
    }
    return name();
  }
}
