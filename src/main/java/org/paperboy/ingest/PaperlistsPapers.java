package org.paperboy.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

/**
 * Maps one element of a paperlists file to a paper.
 *
 * <ul>
 *   <li>ids: arXiv from {@code arxiv} (version kept), DOI from {@code doi} (bare, a {@code doi.org}
 *       URL, or a Springer chapter/article URL that ends in the DOI), ACL Anthology id from an
 *       {@code aclanthology.org} {@code site}, OpenReview forum id from an {@code openreview.net}
 *       {@code site} or {@code openreview} URL;
 *   <li>venue and year from the file, the venue marked for papers not accepted (see {@link
 *       PaperlistsVenue#forStatus}); comment: the status ({@code Oral}, {@code Reject} …) and a
 *       track other than {@code main};
 *   <li>links: {@code site}, {@code pdf}, {@code oa}, {@code openreview}, {@code github} (rel
 *       {@code code}), {@code project}, and the DOI and arXiv pages, each only when it is an
 *       absolute http(s) URL;
 *   <li>no categories: paperlists keywords are free phrases with spaces, not category tokens.
 * </ul>
 *
 * A value that is present but unusable is left out and counted in {@link DroppedFields}; the paper
 * is kept. Thread-safe: stateless apart from the thread-safe counters.
 */
final class PaperlistsPapers {
  private static final Pattern ACL_SITE =
      Pattern.compile("https?://(?:www\\.)?aclanthology\\.org/([A-Za-z0-9][A-Za-z0-9.\\-]*)/?");
  private static final Pattern SPRINGER_DOI =
      Pattern.compile(
          "https?://link\\.springer\\.com/(?:chapter|article)/(10\\.\\d{4,9}/\\S+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENREVIEW_HOST =
      Pattern.compile("(?:www\\.)?openreview\\.net", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENREVIEW_ID = Pattern.compile("[A-Za-z0-9_\\-]+");

  private final DroppedFields drops;
  private final PaperlistsAuthors authors;

  PaperlistsPapers(DroppedFields drops) {
    this.drops = drops;
    this.authors = new PaperlistsAuthors(drops);
  }

  /**
   * The paper {@code element} describes.
   *
   * @throws IllegalArgumentException when the domain rejects what is left (a title that cleans to
   *     nothing …)
   */
  Paper paper(JsonNode element, PaperlistsVenue venue) {
    ExternalIds ids = ids(element);
    String status = text(element, "status");
    return Paper.builder()
        .ids(ids)
        .title(CleanText.line(text(element, "title")))
        .authors(authors.parse(text(element, "author"), text(element, "authorids")))
        .abstractText(CleanText.paragraphs(text(element, "abstract")))
        .venue(venue.forStatus(status))
        .year(venue.year())
        .comment(comment(status, text(element, "track")))
        .links(links(element, ids))
        .build();
  }

  private ExternalIds ids(JsonNode element) {
    ExternalIds ids = ExternalIds.NONE;
    String arxiv = text(element, "arxiv");
    if (arxiv != null && !arxiv.isBlank()) {
      try {
        ArxivId.Versioned v = ArxivId.parse(arxiv);
        ids = ids.withArxiv(v.id(), v.version());
      } catch (IllegalArgumentException e) {
        drops.count("invalid-arxiv-id");
      }
    }
    String site = text(element, "site");
    return ids.withDoi(doi(text(element, "doi")))
        .withAclId(aclId(site))
        .withOpenReviewId(openReviewId(site, text(element, "openreview")));
  }

  String doi(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return ExternalIds.normaliseDoi(raw);
    } catch (IllegalArgumentException notBare) {
      Matcher springer = SPRINGER_DOI.matcher(raw.strip());
      if (springer.matches()) {
        return ExternalIds.normaliseDoi(springer.group(1));
      }
      drops.count("invalid-doi");
      return null;
    }
  }

  private static String aclId(String site) {
    if (site == null) {
      return null;
    }
    Matcher m = ACL_SITE.matcher(site.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** The forum id of the first of {@code urls} on openreview.net, e.g. {@code ?id=B1-Hhnslg}. */
  String openReviewId(String... urls) {
    for (String url : urls) {
      Optional<URI> uri = uri(url);
      if (uri.isEmpty() || !OPENREVIEW_HOST.matcher(uri.get().getHost()).matches()) {
        continue;
      }
      String id = queryParameter(uri.get(), "id");
      if (id != null && OPENREVIEW_ID.matcher(id).matches()) {
        return id;
      }
      drops.count("invalid-openreview-id");
    }
    return null;
  }

  private static String queryParameter(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  private static String comment(String status, String track) {
    List<String> parts = new ArrayList<>();
    if (status != null && !status.isBlank()) {
      parts.add(status.strip());
    }
    if (track != null && !track.isBlank() && !track.strip().equals("main")) {
      parts.add(track.strip());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private List<Link> links(JsonNode element, ExternalIds ids) {
    Map<URI, Link> byUrl = new LinkedHashMap<>();
    addLink(byUrl, "site", text(element, "site"));
    addLink(byUrl, "pdf", text(element, "pdf"));
    addLink(byUrl, "oa", text(element, "oa"));
    addLink(byUrl, "openreview", text(element, "openreview"));
    addLink(byUrl, "code", text(element, "github"));
    addLink(byUrl, "project", text(element, "project"));
    if (ids.doi() != null) {
      try {
        // The multi-argument constructor quotes what a DOI may hold but a URI may not ('<', '#').
        URI doi = new URI("https", "doi.org", "/" + ids.doi(), null);
        byUrl.putIfAbsent(doi, new Link("doi", doi));
      } catch (URISyntaxException e) {
        drops.count("invalid-link");
      }
    }
    if (ids.arxivId() != null) {
      addLink(byUrl, "arxiv", "https://arxiv.org/abs/" + ids.arxivId().value());
    }
    return List.copyOf(byUrl.values());
  }

  private void addLink(Map<URI, Link> byUrl, String rel, String url) {
    if (url == null || url.isBlank()) {
      return;
    }
    Optional<URI> uri = uri(url);
    if (uri.isEmpty()) {
      drops.count("invalid-link");
      return;
    }
    byUrl.putIfAbsent(uri.get(), new Link(rel, uri.get()));
  }

  /** {@code url} when it is an absolute http(s) URL with a host, else empty. */
  static Optional<URI> uri(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      boolean web =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** A field's text; null when absent, JSON null, or not a scalar. */
  static String text(JsonNode element, String field) {
    JsonNode v = element.get(field);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }
}
