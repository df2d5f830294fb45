package org.paperboy.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.domain.Paper;
import org.paperboy.format.BibtexWriter;
import org.paperboy.index.PaperIndex;
import org.paperboy.index.SearchHit;
import org.paperboy.index.SearchQuery;
import org.paperboy.index.SearchResults;
import org.paperboy.store.ListingDay;
import org.paperboy.store.PaperJson;
import org.paperboy.store.PaperStore;

/**
 * Builds page models from requests; the same model is rendered as HTML or as JSON. Thread-safe:
 * stateless beyond the shared store and index.
 */
final class Handlers {
  static final int PAGE_SIZE = 20;
  private final PaperStore store;
  private final PaperIndex index;
  private final java.util.function.Supplier<org.paperboy.harvest.Bootstrap.Status> bootstrap;

  Handlers(
      PaperStore store,
      PaperIndex index,
      java.util.function.Supplier<org.paperboy.harvest.Bootstrap.Status> bootstrap) {
    this.store = store;
    this.index = index;
    this.bootstrap = bootstrap;
  }

  org.paperboy.harvest.Bootstrap.Status bootstrap() {
    return bootstrap.get();
  }

  Pages.DayPage day(Context ctx) {
    LocalDate requested = date(ctx, "date");
    ListingDay day = store.listingDay(requested).orElse(null);
    List<Paper> papers = day == null ? List.of() : store.listedOn(day.day());
    return new Pages.DayPage(day, papers, bootstrap.get());
  }

  Pages.SearchPage search(Context ctx) {
    String q = ctx.queryParamAsClass("q", String.class).getOrDefault("").strip();
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    String category = ctx.queryParamAsClass("category", String.class).getOrDefault("").strip();
    int limit = intParam(ctx, "limit", PAGE_SIZE, 1, 100);
    int offset = intParam(ctx, "offset", 0, 0, 10_000);
    if (q.isEmpty()) {
      return new Pages.SearchPage(
          q, str(from), str(to), category, 0, true, List.of(), Map.of(), 0, limit);
    }
    SearchQuery query;
    try {
      query =
          new SearchQuery(
              q, from, to, category.isEmpty() ? Set.of() : Set.of(category), offset, limit);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    SearchResults results = index.search(query);
    Map<Long, Paper> papers = new HashMap<>();
    store
        .papers(results.hits().stream().map(SearchHit::paperId).toList())
        .forEach(p -> papers.put(p.id(), p));
    List<SearchHit> hits =
        results.hits().stream().filter(h -> papers.containsKey(h.paperId())).toList();
    return new Pages.SearchPage(
        q,
        str(from),
        str(to),
        category,
        results.totalHits(),
        results.totalIsExact(),
        hits,
        papers,
        offset,
        limit);
  }

  Pages.PaperPage paper(Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("paper id must be a number, got '" + raw + "'");
    }
    Paper p = store.paper(id).orElseThrow(() -> HttpError.notFound("no paper with id " + id));
    return new Pages.PaperPage(p, store.sourceRecords(id));
  }

  static ObjectNode dayJson(Pages.DayPage page) {
    ObjectNode n = PaperJson.MAPPER.createObjectNode();
    ListingDay d = page.day();
    n.put("date", d == null ? null : d.day().toString());
    n.put("previous", d == null || d.previous() == null ? null : d.previous().toString());
    n.put("next", d == null || d.next() == null ? null : d.next().toString());
    n.put("count", page.papers().size());
    ArrayNode papers = n.putArray("papers");
    page.papers().forEach(p -> papers.add(PaperJson.encode(p)));
    return n;
  }

  static ObjectNode searchJson(Pages.SearchPage page) {
    ObjectNode n = PaperJson.MAPPER.createObjectNode();
    n.put("query", page.query());
    n.put("totalHits", page.totalHits());
    n.put("totalIsExact", page.totalIsExact());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    ArrayNode hits = n.putArray("hits");
    for (SearchHit h : page.hits()) {
      ObjectNode hit = hits.addObject();
      hit.put("score", h.score());
      hit.put("titleHtml", h.titleHtml());
      hit.put("snippetHtml", h.snippetHtml());
      hit.set("paper", PaperJson.encode(page.papers().get(h.paperId())));
    }
    return n;
  }

  static ObjectNode paperJson(Pages.PaperPage page) {
    ObjectNode n = PaperJson.MAPPER.createObjectNode();
    n.set("paper", PaperJson.encode(page.paper()));
    ArrayNode sources = n.putArray("sources");
    page.sources().forEach(r -> sources.add(PaperJson.encode(r)));
    return n;
  }

  /** The paper as one BibTeX entry, keyed by its BibTeX source record when it has one. */
  static String bibtex(Pages.PaperPage page) {
    return BibtexWriter.toBibtex(page.paper(), page.sources());
  }

  private static LocalDate date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest(name + " must be a date like 2025-04-15, got '" + raw + "'");
    }
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v < min || v > max) {
        throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number, got '" + raw + "'");
    }
  }

  private static String str(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
