package org.paperboy.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.paperboy.domain.Require;
import org.paperboy.domain.SourceRecord;

/**
 * A JSON response as fetched, kept whole for provenance.
 *
 * @param url the request URL
 * @param fetchedAt when the response arrived
 * @param body the body exactly as received
 * @param content the part of the parsed body that holds the record (Crossref's {@code message},
 *     Semantic Scholar's whole object)
 */
public record Fetched(URI url, Instant fetchedAt, String body, JsonNode content) {
  public Fetched {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Require.nonBlank(body, "body");
    Objects.requireNonNull(content, "content");
  }

  /** The response as a source record: origin the URL, payload the body. */
  public SourceRecord record(String source, String sourceId) {
    return new SourceRecord(source, sourceId, fetchedAt, url.toString(), body);
  }
}
