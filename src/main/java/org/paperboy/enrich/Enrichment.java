package org.paperboy.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

/**
 * The rule for enriching a stored paper with what another service found about it. The stored paper
 * came from its primary source (arXiv, the ACL Anthology…), which stays the authority on what the
 * paper says; the other service only fills gaps:
 *
 * <ul>
 *   <li>title, authors, categories, comment, listing dates and version date: always the stored ones
 *   <li>abstract: the found one only when the stored paper has none
 *   <li>DOI and Semantic Scholar id: the found ones only when the stored paper has none; a DOI
 *       {@code 10.48550/arXiv.*} is not taken, since it is the arXiv record's own DOI, which the
 *       arXiv id already gives, and would stand in the place of the publisher's DOI
 *   <li>venue: the found one only when the stored paper has none and it does not name arXiv (that
 *       says where the preprint is, not where the paper appeared)
 *   <li>year: the found one only when the stored paper's is unknown (0)
 *   <li>first publication date: the earlier of the two, since it is by definition the earliest
 *       known date
 *   <li>links: found links of a kind ({@code rel}) the stored paper has none of; the {@code doi}
 *       link follows the DOI kept
 * </ul>
 *
 * Applying it twice adds nothing the first did not. Thread-safe: stateless.
 */
public final class Enrichment {
  private static final String DOI = "doi";

  private Enrichment() {}

  /**
   * The stored paper with the gaps {@code found} can fill filled; equal to {@code stored} when it
   * adds nothing.
   */
  public static Paper apply(Paper stored, Paper found) {
    ExternalIds ids = ids(stored.ids(), found.ids());
    return stored.toBuilder()
        .ids(ids)
        .abstractText(stored.abstractText() != null ? stored.abstractText() : found.abstractText())
        .venue(stored.venue() != null || namesArxiv(found.venue()) ? stored.venue() : found.venue())
        .year(stored.year() != 0 ? stored.year() : found.year())
        .firstPublished(earlier(stored.firstPublished(), found.firstPublished()))
        .links(links(stored, found, ids))
        .build();
  }

  private static ExternalIds ids(ExternalIds stored, ExternalIds found) {
    ExternalIds ids = stored;
    if (ids.doi() == null && found.doi() != null && !found.doi().startsWith("10.48550/arxiv.")) {
      ids = ids.withDoi(found.doi());
    }
    if (ids.s2Id() == null && found.s2Id() != null) {
      ids = ids.withS2Id(found.s2Id());
    }
    return ids;
  }

  private static boolean namesArxiv(String venue) {
    return venue != null && venue.toLowerCase(Locale.ROOT).startsWith("arxiv");
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return b.isBefore(a) ? b : a;
  }

  private static List<Link> links(Paper stored, Paper found, ExternalIds ids) {
    Set<String> rels = new HashSet<>();
    stored.links().forEach(l -> rels.add(l.rel()));
    List<Link> out = new ArrayList<>(stored.links());
    for (Link l : found.links()) {
      if (!rels.contains(l.rel()) && !l.rel().equals(DOI)) {
        out.add(l);
      }
    }
    if (ids.doi() != null && !rels.contains(DOI)) {
      out.add(Ids.doiLink(ids.doi()));
    }
    return out;
  }
}
