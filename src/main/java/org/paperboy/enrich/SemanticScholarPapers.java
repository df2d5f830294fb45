package org.paperboy.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.ingest.CleanText;

/**
 * Maps Semantic Scholar Graph API objects to papers and authors. Pure: no I/O. Every field may be
 * absent or null (the API sends only the fields asked for, and nulls for what it lacks).
 *
 * <ul>
 *   <li>ids: {@code paperId} as the S2 id; {@code externalIds.DOI}, {@code .ArXiv}, {@code .ACL}
 *       when well-formed (others, such as DBLP and MAG, have no place on a paper)
 *   <li>authors: {@code name}, with {@code authorId} as {@code s2:<authorId>}
 *   <li>venue: {@code publicationVenue.name}, else {@code journal.name}, else {@code venue} — the
 *       free-text {@code venue} can name a later reprint: for Turing's 1950 paper in Mind it says
 *       "The Philosophy of Artificial Intelligence" (a 1990 anthology) while the journal is Mind
 *   <li>year and first publication: {@code year}, and {@code publicationDate} when it is a day in
 *       that year
 *   <li>links: {@code url} as {@code semantic-scholar}, the DOI as {@code doi}
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class SemanticScholarPapers {
  private SemanticScholarPapers() {}

  /** The paper; empty when it has no title (objects holding only a few requested fields). */
  public static Optional<Paper> paper(JsonNode node) {
    String title = CleanText.line(Json.text(node, "title"));
    if (title == null || title.isEmpty()) {
      return Optional.empty();
    }
    ExternalIds ids = ids(node);
    Optional<PartialDate> date = PartialDate.parse(Json.text(node, "publicationDate"));
    int year = year(node) != 0 ? year(node) : date.map(PartialDate::year).orElse(0);
    return Optional.of(
        Paper.builder()
            .ids(ids)
            .title(title)
            .authors(authors(node))
            .abstractText(CleanText.paragraphs(Json.text(node, "abstract")))
            .venue(venue(node))
            .year(year)
            .firstPublished(
                date.filter(d -> d.year() == year).flatMap(PartialDate::toLocalDate).orElse(null))
            .links(links(node, ids))
            .build());
  }

  /** An author object ({@code authorId, name, aliases, papers}); empty without id or name. */
  public static Optional<S2Author> author(JsonNode node) {
    String id = Json.text(node, "authorId");
    String name = CleanText.line(Json.text(node, "name"));
    if (id == null || name == null || name.isEmpty()) {
      return Optional.empty();
    }
    List<Paper> papers = new ArrayList<>();
    for (JsonNode p : node.path("papers")) {
      paper(p).ifPresent(papers::add);
    }
    return Optional.of(new S2Author(id, name, Json.texts(node, "aliases"), papers));
  }

  private static ExternalIds ids(JsonNode node) {
    JsonNode external = node.path("externalIds");
    return new ExternalIds(
        Ids.arxiv(Json.text(external, "ArXiv")).orElse(null),
        0,
        Ids.doi(Json.text(external, "DOI")).orElse(null),
        Json.text(external, "ACL"),
        null,
        Json.text(node, "paperId"));
  }

  private static List<Author> authors(JsonNode node) {
    List<Author> out = new ArrayList<>();
    for (JsonNode a : node.path("authors")) {
      String name = CleanText.line(Json.text(a, "name"));
      if (name != null && !name.isEmpty()) {
        String id = Json.text(a, "authorId");
        out.add(new Author(name, id == null ? null : "s2:" + id));
      }
    }
    return out;
  }

  private static String venue(JsonNode node) {
    String publicationVenue = Json.text(node.path("publicationVenue"), "name");
    if (publicationVenue != null) {
      return publicationVenue;
    }
    String journal = Json.text(node.path("journal"), "name");
    // "ArXiv" as a journal says where the preprint is; the venue field may know where it appeared.
    if (journal != null && !journal.toLowerCase(Locale.ROOT).startsWith("arxiv")) {
      return journal;
    }
    return Json.text(node, "venue");
  }

  private static int year(JsonNode node) {
    JsonNode year = node.path("year");
    boolean fourDigits = year.canConvertToInt() && year.asInt() >= 1000 && year.asInt() <= 9999;
    return fourDigits ? year.asInt() : 0;
  }

  private static List<Link> links(JsonNode node, ExternalIds ids) {
    List<Link> out = new ArrayList<>();
    String url = Json.text(node, "url");
    if (Ids.isHttpUrl(url)) {
      out.add(Link.of("semantic-scholar", url));
    }
    if (ids.doi() != null) {
      out.add(Ids.doiLink(ids.doi()));
    }
    return out;
  }
}
