package org.paperboy.enrich;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.domain.ExternalIds;

/**
 * Fetches works from the Crossref REST API: one work by DOI, or a search. Responses come back whole
 * (for provenance) with their {@code message} parsed; {@link CrossrefWorks} maps them.
 *
 * <p>Thread-safe; one instance may serve many threads (Crossref's polite pool allows a few
 * concurrent requests). Close it once, when done.
 */
public final class CrossrefClient implements AutoCloseable {
  private final CrossrefConfig config;
  private final HttpJson http;

  public CrossrefClient(CrossrefConfig config) {
    this.config = config;
    this.http =
        new HttpJson(
            config.timeout(), config.maxAttempts(), Map.of("User-Agent", config.userAgent()));
  }

  /**
   * {@code GET /works/{doi}}; empty when Crossref does not know the DOI.
   *
   * @throws ServiceException see {@link HttpJson#get}; also when the answer has no {@code message}
   */
  public Optional<Fetched> work(String doi) {
    return http.get(workUrl(doi)).map(CrossrefClient::message);
  }

  /** {@code GET /works?query=…&rows=N}: the {@code work-list} message, items in {@code items[]}. */
  public Fetched works(CrossrefQuery query) {
    URI url = worksUrl(query);
    return http.get(url)
        .map(CrossrefClient::message)
        .orElseThrow(() -> new ServiceException("HTTP 404 from " + url, url, 404));
  }

  public URI workUrl(String doi) {
    return URI.create(
        config.baseUrl() + "/works/" + PathSegments.encode(ExternalIds.normaliseDoi(doi)));
  }

  URI worksUrl(CrossrefQuery query) {
    List<String> params = new ArrayList<>();
    if (query.text() != null) {
      params.add(param("query", query.text()));
    }
    query.fields().forEach((name, value) -> params.add(param("query." + name, value)));
    if (query.rows() > 0) {
      params.add(param("rows", Integer.toString(query.rows())));
    }
    return URI.create(
        config.baseUrl() + "/works" + (params.isEmpty() ? "" : "?" + String.join("&", params)));
  }

  private static String param(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Crossref wraps every answer as {@code {"status": "ok", "message": …}}. */
  private static Fetched message(Fetched f) {
    if (!"ok".equals(f.content().path("status").asText())
        || !f.content().path("message").isObject()) {
      throw new MalformedResponseException(
          "expected {\"status\": \"ok\", \"message\": {…}} from " + f.url(), f.url(), 200, null);
    }
    return new Fetched(f.url(), f.fetchedAt(), f.body(), f.content().path("message"));
  }

  @Override
  public void close() {
    http.close();
  }
}
