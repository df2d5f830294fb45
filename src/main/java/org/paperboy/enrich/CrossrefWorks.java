package org.paperboy.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

/**
 * Maps Crossref REST API works ({@code message} of {@code /works/{doi}}, items of {@code
 * /works?query=}) to papers. Pure: no I/O.
 *
 * <ul>
 *   <li>title: the first of {@code title[]}, markup such as {@code <i>} or {@code <scp>} dropped
 *   <li>authors: {@code given family} (or {@code name} for organisations); ORCID as {@code
 *       orcid:0000-0002-1825-0097}
 *   <li>abstract: JATS paragraphs as clean paragraphs
 *   <li>venue: the conference ({@code event.name}) for proceedings papers, else {@code
 *       container-title[0]}, else the posting server ({@code institution[0].name}, e.g. bioRxiv)
 *   <li>year and first publication: the earliest of {@code published}, {@code published-print},
 *       {@code published-online}, {@code issued} (see {@link PartialDate#earliest})
 *   <li>links: the DOI as {@code doi}; {@code URL} as {@code crossref} only when it is not the DOI
 *       link
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class CrossrefWorks {
  private static final List<String> DATE_FIELDS =
      List.of("published", "published-print", "published-online", "issued");

  private CrossrefWorks() {}

  /**
   * The work in a {@code /works/{doi}} message; empty when it has no title (journal issues, some
   * components), since a paper needs one.
   */
  public static Optional<CrossrefWork> work(JsonNode message) {
    String title = Markup.line(Json.firstText(message, "title"));
    if (title == null || title.isEmpty()) {
      return Optional.empty();
    }
    Optional<PartialDate> published = published(message);
    Paper paper =
        Paper.builder()
            .ids(ids(message))
            .title(title)
            .authors(authors(message))
            .abstractText(Markup.paragraphs(Json.text(message, "abstract")))
            .venue(venue(message))
            .year(published.map(PartialDate::year).orElse(0))
            .firstPublished(published.flatMap(PartialDate::toLocalDate).orElse(null))
            .links(links(message))
            .build();
    return Optional.of(new CrossrefWork(paper, Json.text(message, "type")));
  }

  /** The works of a {@code /works?query=} message ({@code items[]}), leaving out untitled ones. */
  public static List<CrossrefWork> items(JsonNode message) {
    List<CrossrefWork> out = new ArrayList<>();
    for (JsonNode item : message.path("items")) {
      work(item).ifPresent(out::add);
    }
    return out;
  }

  private static ExternalIds ids(JsonNode message) {
    return Ids.doi(Json.text(message, "DOI"))
        .map(ExternalIds.NONE::withDoi)
        .orElse(ExternalIds.NONE);
  }

  private static List<Author> authors(JsonNode message) {
    List<Author> out = new ArrayList<>();
    for (JsonNode a : message.path("author")) {
      String name = authorName(a);
      if (name != null) {
        out.add(new Author(name, Ids.orcid(Json.text(a, "ORCID")).orElse(null)));
      }
    }
    return out;
  }

  private static String authorName(JsonNode author) {
    String given = Json.text(author, "given");
    String family = Json.text(author, "family");
    String name =
        family == null ? Json.text(author, "name") : given == null ? family : given + " " + family;
    String clean = Markup.line(name);
    return clean == null || clean.isEmpty() ? null : clean;
  }

  private static String venue(JsonNode message) {
    String event = Markup.line(Json.text(message.path("event"), "name"));
    if (event != null && "proceedings-article".equals(Json.text(message, "type"))) {
      return event;
    }
    String container = Markup.line(Json.firstText(message, "container-title"));
    if (container != null) {
      return container;
    }
    return event != null
        ? event
        : Markup.line(Json.text(message.path("institution").path(0), "name"));
  }

  private static Optional<PartialDate> published(JsonNode message) {
    List<PartialDate> dates = new ArrayList<>();
    for (String field : DATE_FIELDS) {
      for (JsonNode parts : message.path(field).path("date-parts")) {
        dateOf(parts).ifPresent(dates::add);
      }
    }
    return PartialDate.earliest(dates);
  }

  private static Optional<PartialDate> dateOf(JsonNode parts) {
    return PartialDate.of(part(parts, 0), part(parts, 1), part(parts, 2));
  }

  private static Integer part(JsonNode parts, int i) {
    JsonNode p = parts.path(i);
    return p.canConvertToInt() ? p.asInt() : null;
  }

  private static List<Link> links(JsonNode message) {
    List<Link> out = new ArrayList<>();
    Optional<String> doi = Ids.doi(Json.text(message, "DOI"));
    doi.ifPresent(d -> out.add(Ids.doiLink(d)));
    String url = Json.text(message, "URL");
    boolean isDoiLink =
        doi.map(d -> Ids.doiLink(d).url().toString().equalsIgnoreCase(url)).orElse(false);
    if (Ids.isHttpUrl(url) && !isDoiLink) {
      out.add(Link.of("crossref", url));
    }
    return out;
  }
}
