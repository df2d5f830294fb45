package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.domain.Author;

/**
 * The authors of one paperlists element: names from {@code author}, each with the source's id for
 * that person from {@code authorids} at the same position.
 *
 * <p>Names are separated by {@code ;}. A few lists (SIGGRAPH, some CVF and NeurIPS rows) use {@code
 * ,} instead; a list without any {@code ;} is split on commas, keeping a name suffix such as {@code
 * Jr.} with the name before it.
 *
 * <p>Author ids come in three namespaces, told apart by form: {@code ~Jane_Doe1} is an OpenReview
 * profile ({@code openreview:~Jane_Doe1}), {@code /37279126200} an IEEE Xplore author ({@code
 * ieee:37279126200}), {@code /j/jane-doe/} an ACL Anthology person ({@code acl:jane-doe}). An
 * e-mail address is never kept as an id (it would publish the address); nor is anything else
 * (names, OpenReview group ids). When the two lists differ in length, positions cannot be trusted:
 * the names stay, every id of that paper goes. A list that names every author twice in a row (all
 * of ICRA and IROS) is cut to one copy. Each drop is counted in {@link DroppedFields}.
 *
 * <p>Thread-safe: stateless apart from the thread-safe counters.
 */
final class PaperlistsAuthors {
  private static final Pattern OPENREVIEW =
      Pattern.compile("~[\\p{L}\\p{M}][\\p{L}\\p{M}0-9_.'\\-]*\\d+");
  private static final Pattern IEEE = Pattern.compile("/(\\d+)");

  /** The Anthology's person path: first letter, then the slug starting with that letter. */
  private static final Pattern ACL = Pattern.compile("/([a-z0-9])/(\\1[a-z0-9]*(?:-[a-z0-9]+)*)/");

  private static final Pattern NAME_SUFFIX =
      Pattern.compile("(?:jr|sr|jnr|snr)\\.?|ii|iii|iv", Pattern.CASE_INSENSITIVE);

  private final DroppedFields drops;

  PaperlistsAuthors(DroppedFields drops) {
    this.drops = drops;
  }

  List<Author> parse(String names, String ids) {
    List<Author> authors = new ArrayList<>();
    if (names == null || names.isBlank()) {
      return authors;
    }
    List<String> nameList = splitNames(names);
    List<String> idList = ids == null || ids.isBlank() ? null : List.of(ids.split(";", -1));
    if (idList != null && idList.size() != nameList.size()) {
      drops.count("author-ids-misaligned");
      idList = null;
    }
    for (int i = 0; i < nameList.size(); i++) {
      String name = stripTrailingCommas(CleanText.line(nameList.get(i)));
      if (name.isEmpty()) {
        drops.count("author-name-empty");
        continue;
      }
      authors.add(new Author(name, idList == null ? null : authorId(idList.get(i))));
    }
    return undoubled(authors);
  }

  /**
   * The first half of {@code authors} when the second half repeats it exactly, names and ids: every
   * ICRA and IROS list (and a handful elsewhere) names its authors twice.
   */
  private List<Author> undoubled(List<Author> authors) {
    int half = authors.size() / 2;
    if (half == 0
        || authors.size() % 2 != 0
        || !authors.subList(0, half).equals(authors.subList(half, authors.size()))) {
      return authors;
    }
    drops.count("author-list-doubled");
    return new ArrayList<>(authors.subList(0, half));
  }

  static List<String> splitNames(String names) {
    if (names.indexOf(';') >= 0) {
      return List.of(names.split(";", -1));
    }
    List<String> out = new ArrayList<>();
    for (String part : names.split(",", -1)) {
      int last = out.size() - 1;
      if (last >= 0 && NAME_SUFFIX.matcher(part.strip()).matches()) {
        out.set(last, out.get(last).strip() + ", " + part.strip());
      } else {
        out.add(part);
      }
    }
    return out;
  }

  /** The namespaced id for one {@code authorids} entry, or null when it is empty or unusable. */
  String authorId(String raw) {
    String id = raw.strip();
    if (id.isEmpty()) {
      return null;
    }
    if (OPENREVIEW.matcher(id).matches()) {
      return "openreview:" + id;
    }
    Matcher ieee = IEEE.matcher(id);
    if (ieee.matches()) {
      return "ieee:" + ieee.group(1);
    }
    Matcher acl = ACL.matcher(id);
    if (acl.matches()) {
      return "acl:" + acl.group(2);
    }
    drops.count(id.indexOf('@') >= 0 ? "author-id-email" : "author-id-unrecognised");
    return null;
  }

  private static String stripTrailingCommas(String name) {
    int end = name.length();
    while (end > 0
        && (name.charAt(end - 1) == ',' || Character.isWhitespace(name.charAt(end - 1)))) {
      end--;
    }
    return name.substring(0, end);
  }
}
