package org.paperboy.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;

/**
 * Merges a newly read record of a paper into the stored paper with the same external id.
 *
 * <p>Rules: the <em>content</em> (title, authors, abstract, categories, comment, links) comes from
 * the newer version, judged by arXiv version when both know it and by version date otherwise (ties
 * go to the incoming record, so a later line of the same day wins); listing dates are the union;
 * the first-published date is the earliest; identifiers are the union, preferring the stored value
 * on conflict; a missing abstract or venue is filled from the other side. The stored id is kept.
 * Thread-safe: stateless.
 */
public final class PaperMerge {
  private PaperMerge() {}

  public static Paper merge(Paper stored, Paper incoming) {
    boolean incomingNewer = isNewer(incoming, stored);
    Paper content = incomingNewer ? incoming : stored;
    Paper other = incomingNewer ? stored : incoming;
    TreeSet<LocalDate> days = new TreeSet<>(stored.listingDates());
    days.addAll(incoming.listingDates());
    return new Paper(
        stored.id(),
        mergeIds(stored.ids(), incoming.ids()),
        content.title(),
        content.authors(),
        content.abstractText() != null ? content.abstractText() : other.abstractText(),
        content.categories().isEmpty() ? other.categories() : content.categories(),
        content.venue() != null ? content.venue() : other.venue(),
        content.year() != 0 ? content.year() : other.year(),
        content.comment(),
        days,
        earliest(stored.firstPublished(), incoming.firstPublished()),
        latest(stored.versionDate(), incoming.versionDate()),
        content.links().isEmpty() ? other.links() : content.links(),
        mergeVersions(stored.versions(), incoming.versions()));
  }

  static boolean isNewer(Paper incoming, Paper stored) {
    int vi = incoming.ids().arxivVersion();
    int vs = stored.ids().arxivVersion();
    if (vi > 0 && vs > 0 && vi != vs) {
      return vi > vs;
    }
    if (incoming.versionDate() == null) {
      return false;
    }
    return stored.versionDate() == null || !incoming.versionDate().isBefore(stored.versionDate());
  }

  private static ExternalIds mergeIds(ExternalIds a, ExternalIds b) {
    var arxiv = a.arxivId() != null ? a.arxivId() : b.arxivId();
    int version = arxiv == null ? 0 : Math.max(a.arxivVersion(), b.arxivVersion());
    return new ExternalIds(
        arxiv,
        version,
        first(a.doi(), b.doi()),
        first(a.aclId(), b.aclId()),
        first(a.openReviewId(), b.openReviewId()),
        first(a.s2Id(), b.s2Id()));
  }

  /** The union by version number; a version both know keeps the stored date. */
  private static List<PaperVersion> mergeVersions(List<PaperVersion> a, List<PaperVersion> b) {
    Map<Integer, PaperVersion> byNumber = new TreeMap<>();
    b.forEach(v -> byNumber.put(v.number(), v));
    a.forEach(v -> byNumber.put(v.number(), v));
    return List.copyOf(byNumber.values());
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isAfter(b) ? a : b;
  }
}
