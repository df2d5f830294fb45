package org.paperboy.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * GETs with the manners a public repository asks for: a descriptive User-Agent, {@code 503} with
 * {@code Retry-After} honoured, transient failures retried with backoff, a bounded number of tries,
 * and an error that names the URL and what went wrong. Thread-safe if the sleeper is.
 */
public final class HttpFetcher {
  /** How the fetcher waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
  }

  /** Hears about waits, for progress output. */
  @FunctionalInterface
  public interface WaitListener {
    void waiting(Duration wait, String reason);
  }

  /**
   * Retry policy.
   *
   * @param maxTries attempts per URL, at least 1
   * @param maxWait the longest single wait accepted from {@code Retry-After}
   * @param timeout per-request timeout
   * @param userAgent sent with every request
   */
  public record Policy(int maxTries, Duration maxWait, Duration timeout, String userAgent) {
    public Policy {
      if (maxTries < 1) {
        throw new IllegalArgumentException("maxTries must be >= 1, got " + maxTries);
      }
      Objects.requireNonNull(maxWait, "maxWait");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(userAgent, "userAgent");
    }

    public static Policy polite(String userAgent) {
      return new Policy(5, Duration.ofMinutes(5), Duration.ofSeconds(60), userAgent);
    }
  }

  private final HttpClient http;
  private final Policy policy;
  private final Sleeper sleeper;
  private final WaitListener waits;

  public HttpFetcher(HttpClient http, Policy policy, Sleeper sleeper, WaitListener waits) {
    this.http = http;
    this.policy = policy;
    this.sleeper = sleeper;
    this.waits = waits;
  }

  /** A final answer: 200, or a client error the caller may want to read (APIs explain 400s). */
  public record Answer(int status, byte[] body) {}

  /** The body of a {@code 200} answer to {@code GET url}. */
  public byte[] get(URI url) throws IOException, InterruptedException {
    Answer answer = answer(url);
    if (answer.status() != 200) {
      throw new IOException(
          "GET " + url + " answered " + answer.status() + ": " + snippet(answer.body()));
    }
    return answer.body();
  }

  /**
   * {@code GET url} with retries for 429, 503 and server errors; returns 200 and 4xx answers.
   *
   * @throws IOException when every try failed or the server asks for a longer wait than allowed
   */
  public Answer answer(URI url) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= policy.maxTries(); attempt++) {
      HttpResponse<byte[]> response;
      try {
        response =
            http.send(
                HttpRequest.newBuilder(url)
                    .timeout(policy.timeout())
                    .header("User-Agent", policy.userAgent())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        last = new IOException("GET " + url + " failed: " + why, e);
        backoff(attempt, "connection failed: " + why);
        continue;
      }
      int status = response.statusCode();
      if (status == 200 || (status >= 400 && status < 500 && status != 429)) {
        return new Answer(status, response.body());
      }
      String snippet = snippet(response.body());
      last = new IOException("GET " + url + " answered " + status + ": " + snippet);
      if (status == 503 || status == 429) {
        Duration wait = retryAfter(response).orElse(backoffDelay(attempt));
        if (wait.compareTo(policy.maxWait()) > 0) {
          throw new IOException(
              "GET "
                  + url
                  + " answered "
                  + status
                  + " asking to retry after "
                  + wait
                  + ", longer than the "
                  + policy.maxWait()
                  + " this harvest waits; try again later");
        }
        pause(wait, status + " from the server, retrying");
      } else {
        backoff(attempt, "server error " + status);
      }
    }
    throw new IOException(
        "giving up after " + policy.maxTries() + " tries: " + last.getMessage(), last);
  }

  private void backoff(int attempt, String reason) throws InterruptedException {
    if (attempt < policy.maxTries()) {
      pause(backoffDelay(attempt), reason);
    }
  }

  private void pause(Duration wait, String reason) throws InterruptedException {
    waits.waiting(wait, reason);
    sleeper.sleep(wait);
  }

  private static Duration backoffDelay(int attempt) {
    return Duration.ofSeconds(Math.min(60, 5L << Math.min(attempt - 1, 4)));
  }

  /** {@code Retry-After} as seconds or as an HTTP date. */
  static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::strip)
        .flatMap(HttpFetcher::parseRetryAfter);
  }

  static java.util.Optional<Duration> parseRetryAfter(String value) {
    if (value.matches("\\d+")) {
      return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      ZonedDateTime at =
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static String snippet(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "(empty body)" : s.replaceAll("\\s+", " ");
  }
}
