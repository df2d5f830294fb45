package org.paperboy.enrich;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches papers and authors from the Semantic Scholar Graph API ({@code /graph/v1}). Responses
 * come back whole (for provenance) and parsed; {@link SemanticScholarPapers} maps them.
 *
 * <p>Thread-safe; but mind the rate limit (without a key, the public pool is shared by everyone).
 * Close it once, when done.
 */
public final class SemanticScholarClient implements AutoCloseable {
  /** The paper fields {@link SemanticScholarPapers#paper} maps. */
  public static final List<String> PAPER_FIELDS =
      List.of(
          "paperId",
          "externalIds",
          "url",
          "title",
          "abstract",
          "venue",
          "publicationVenue",
          "journal",
          "year",
          "publicationDate",
          "authors");

  /** The author fields {@link SemanticScholarPapers#author} maps. */
  public static final List<String> AUTHOR_FIELDS =
      List.of(
          "authorId",
          "name",
          "aliases",
          "papers.paperId",
          "papers.externalIds",
          "papers.title",
          "papers.venue",
          "papers.year",
          "papers.publicationDate");

  private final SemanticScholarConfig config;
  private final HttpJson http;

  public SemanticScholarClient(SemanticScholarConfig config) {
    this.config = config;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", ClientSettings.product());
    if (config.apiKey() != null) {
      headers.put("x-api-key", config.apiKey());
    }
    this.http = new HttpJson(config.timeout(), config.maxAttempts(), headers);
  }

  /** {@code GET /graph/v1/paper/{id}?fields=…} with {@link #PAPER_FIELDS}; empty when unknown. */
  public Optional<Fetched> paper(S2PaperId id) {
    return paper(id, PAPER_FIELDS);
  }

  /**
   * {@code GET /graph/v1/paper/{id}?fields=…}; empty when unknown.
   *
   * @throws ServiceException see {@link HttpJson#get}; a field the API does not know is a 400
   */
  public Optional<Fetched> paper(S2PaperId id, List<String> fields) {
    return http.get(url("paper", id.value(), fields));
  }

  /** {@code GET /graph/v1/author/{id}?fields=…}; empty when unknown. */
  public Optional<Fetched> author(String authorId, List<String> fields) {
    if (authorId == null || !authorId.matches("\\d+")) {
      throw new IllegalArgumentException(
          "a Semantic Scholar author id is digits, got '" + authorId + "'");
    }
    return http.get(url("author", authorId, fields));
  }

  public URI paperUrl(S2PaperId id, List<String> fields) {
    return url("paper", id.value(), fields);
  }

  private URI url(String kind, String id, List<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("ask for at least one field of the " + kind);
    }
    return URI.create(
        config.baseUrl()
            + "/graph/v1/"
            + kind
            + "/"
            + PathSegments.encode(id)
            + "?fields="
            + URLEncoder.encode(String.join(",", fields), StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    http.close();
  }
}
