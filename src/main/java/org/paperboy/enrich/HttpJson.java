package org.paperboy.enrich;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP GET with the policy both service clients share: 200 is parsed, 404 is "not found",
 * 429 and 503 are retried after the wait the service asks for ({@code Retry-After}, else 1 s, 2 s,
 * 4 s…) up to a bounded number of attempts, and anything else is a {@link ServiceException} naming
 * the URL, the status and the start of the body.
 *
 * <p>Thread-safe: immutable, over a thread-safe {@link HttpClient}. Close it once, when done.
 */
final class HttpJson implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpJson.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A service asking for a longer pause is treated as refusing: the caller should come back. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  private static final int BODY_SHOWN = 300;

  private final HttpClient http;
  private final Duration timeout;
  private final int maxAttempts;
  private final Map<String, String> headers;

  HttpJson(Duration timeout, int maxAttempts, Map<String, String> headers) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxAttempts = maxAttempts;
    this.headers = Map.copyOf(headers);
  }

  /**
   * Fetches {@code url}; empty when the service says 404.
   *
   * @throws RateLimitedException when 429/503 outlast the attempts or the wait asked is too long
   * @throws MalformedResponseException when a 200 body is not one JSON object
   * @throws ServiceException for any other status, or when the service cannot be reached
   */
  Optional<Fetched> get(URI url) {
    HttpRequest request = request(url);
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = send(request);
      int status = response.statusCode();
      if (status == 200) {
        return Optional.of(parse(url, response.body()));
      }
      if (status == 404) {
        return Optional.empty();
      }
      if (status != 429 && status != 503) {
        throw new ServiceException(
            "HTTP " + status + " from " + url + ": " + excerpt(response.body()), url, status);
      }
      pauseBeforeRetry(url, response, attempt);
    }
  }

  private HttpRequest request(URI url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET();
    headers.forEach(b::header);
    return b.build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ServiceException("cannot reach " + request.uri() + ": " + e, request.uri(), 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceException(
          "interrupted while fetching " + request.uri(), request.uri(), 0, e);
    }
  }

  private void pauseBeforeRetry(URI url, HttpResponse<String> response, int attempt) {
    int status = response.statusCode();
    if (attempt >= maxAttempts) {
      throw new RateLimitedException(
          "HTTP " + status + " from " + url + " after " + attempt + " attempts; try again later",
          url,
          status);
    }
    Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << (attempt - 1)));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      throw new RateLimitedException(
          "HTTP "
              + status
              + " from "
              + url
              + " asks to wait "
              + wait.toSeconds()
              + " s; try again later",
          url,
          status);
    }
    LOG.info(
        "HTTP {} from {}; retrying in {} ms (attempt {} of {})",
        status,
        url,
        wait.toMillis(),
        attempt + 1,
        maxAttempts);
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceException("interrupted while waiting to retry " + url, url, status, e);
    }
  }

  /** {@code Retry-After} as seconds or as an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Duration until =
          Duration.between(
              Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException e) {
      LOG.warn(
          "ignoring unreadable Retry-After '{}' from {}: {}", v, response.uri(), e.getMessage());
      return Optional.empty();
    }
  }

  private static Fetched parse(URI url, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? ""
              : String.format(
                  Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
      throw new MalformedResponseException(
          "malformed JSON from " + url + where + ": " + e.getOriginalMessage(), url, 200, e);
    }
    if (root == null || !root.isObject()) {
      throw new MalformedResponseException(
          "expected a JSON object from " + url + ", got: " + excerpt(body), url, 200, null);
    }
    return new Fetched(url, Instant.now(), body, root);
  }

  private static String excerpt(String body) {
    String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return oneLine.isEmpty()
        ? "(empty body)"
        : oneLine.length() <= BODY_SHOWN ? oneLine : oneLine.substring(0, BODY_SHOWN) + "…";
  }

  @Override
  public void close() {
    http.close();
  }
}
