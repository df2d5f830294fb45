package org.paperboy.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;
import org.paperboy.domain.SourceRecord;

/**
 * The one JSON shape of a paper and a source record, used by export/import, the checksum and the
 * API. Field names are part of the export format: change them only with a new format version.
 *
 * <p>Thread-safe: stateless.
 */
public final class PaperJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private PaperJson() {}

  public static ObjectNode encode(Paper p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", p.id());
    ExternalIds ids = p.ids();
    n.put("arxivId", ids.arxivId() == null ? null : ids.arxivId().value());
    n.put("arxivVersion", ids.arxivVersion());
    n.put("doi", ids.doi());
    n.put("aclId", ids.aclId());
    n.put("openReviewId", ids.openReviewId());
    n.put("s2Id", ids.s2Id());
    n.put("title", p.title());
    ArrayNode authors = n.putArray("authors");
    for (Author a : p.authors()) {
      ObjectNode author = authors.addObject().put("name", a.name());
      if (a.id() != null) {
        author.put("id", a.id());
      }
    }
    n.put("abstract", p.abstractText());
    ArrayNode categories = n.putArray("categories");
    p.categories().forEach(categories::add);
    n.put("venue", p.venue());
    n.put("year", p.year());
    n.put("comment", p.comment());
    ArrayNode days = n.putArray("listingDates");
    p.listingDates().forEach(d -> days.add(d.toString()));
    n.put("firstPublished", p.firstPublished() == null ? null : p.firstPublished().toString());
    n.put("versionDate", p.versionDate() == null ? null : p.versionDate().toString());
    ArrayNode links = n.putArray("links");
    p.links().forEach(l -> links.addObject().put("rel", l.rel()).put("url", l.url().toString()));
    ArrayNode versions = n.putArray("versions");
    p.versions()
        .forEach(
            v ->
                versions
                    .addObject()
                    .put("number", v.number())
                    .put("submitted", v.submitted().toString()));
    return n;
  }

  public static Paper decodePaper(JsonNode n) {
    String arxiv = text(n, "arxivId");
    ExternalIds ids =
        new ExternalIds(
            arxiv == null ? null : new ArxivId(arxiv),
            n.path("arxivVersion").asInt(0),
            text(n, "doi"),
            text(n, "aclId"),
            text(n, "openReviewId"),
            text(n, "s2Id"));
    List<Author> authors = new ArrayList<>();
    // Format version 1 wrote authors as plain strings.
    n.path("authors")
        .forEach(
            a ->
                authors.add(
                    a.isTextual()
                        ? new Author(a.asText())
                        : new Author(text(a, "name"), text(a, "id"))));
    List<String> categories = new ArrayList<>();
    n.path("categories").forEach(c -> categories.add(c.asText()));
    TreeSet<LocalDate> days = new TreeSet<>();
    n.path("listingDates").forEach(d -> days.add(LocalDate.parse(d.asText())));
    List<Link> links = new ArrayList<>();
    n.path("links")
        .forEach(l -> links.add(Link.of(l.path("rel").asText(), l.path("url").asText())));
    List<PaperVersion> versions = new ArrayList<>();
    n.path("versions")
        .forEach(
            v ->
                versions.add(
                    new PaperVersion(
                        v.path("number").asInt(), LocalDate.parse(v.path("submitted").asText()))));
    return new Paper(
        n.path("id").asLong(0),
        ids,
        text(n, "title"),
        authors,
        text(n, "abstract"),
        categories,
        text(n, "venue"),
        n.path("year").asInt(0),
        text(n, "comment"),
        days,
        date(text(n, "firstPublished")),
        date(text(n, "versionDate")),
        links,
        versions);
  }

  public static ObjectNode encode(SourceRecord r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("source", r.source());
    n.put("sourceId", r.sourceId());
    n.put("fetchedAt", r.fetchedAt().toString());
    n.put("origin", r.origin());
    n.put("payload", r.payload());
    return n;
  }

  public static SourceRecord decodeRecord(JsonNode n) {
    return new SourceRecord(
        text(n, "source"),
        text(n, "sourceId"),
        Instant.parse(text(n, "fetchedAt")),
        text(n, "origin"),
        text(n, "payload"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
