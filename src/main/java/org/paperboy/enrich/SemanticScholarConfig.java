package org.paperboy.enrich;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the Semantic Scholar Graph API.
 *
 * @param baseUrl the API root, {@link #DEFAULT_BASE_URL} for the real service
 * @param apiKey sent as {@code x-api-key} when not null; without one, requests share the public
 *     rate limit
 * @param timeout for connecting and for each response
 * @param maxAttempts attempts per request when the service answers 429 or 503, 1 to 10
 */
public record SemanticScholarConfig(URI baseUrl, String apiKey, Duration timeout, int maxAttempts) {
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.semanticscholar.org");

  public SemanticScholarConfig {
    baseUrl = ClientSettings.baseUrl(baseUrl, "Semantic Scholar base URL");
    if (apiKey != null && (apiKey.isEmpty() || apiKey.chars().anyMatch(Character::isWhitespace))) {
      // The key itself is not shown: it is a secret.
      throw new IllegalArgumentException(
          "Semantic Scholar API key must be one token without spaces, got "
              + apiKey.length()
              + " characters");
    }
    timeout = ClientSettings.timeout(timeout);
    maxAttempts = ClientSettings.attempts(maxAttempts);
  }

  /** The real service, without an API key, with a 30 s timeout and 4 attempts. */
  public static SemanticScholarConfig defaults() {
    return new SemanticScholarConfig(
        DEFAULT_BASE_URL, null, ClientSettings.DEFAULT_TIMEOUT, ClientSettings.DEFAULT_ATTEMPTS);
  }

  public SemanticScholarConfig withBaseUrl(URI url) {
    return new SemanticScholarConfig(url, apiKey, timeout, maxAttempts);
  }

  public SemanticScholarConfig withApiKey(String key) {
    return new SemanticScholarConfig(baseUrl, key, timeout, maxAttempts);
  }

  /** Shows whether a key is set, never the key. */
  @Override
  public String toString() {
    return "SemanticScholarConfig[baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "none" : "(set)")
        + ", timeout="
        + timeout
        + ", maxAttempts="
        + maxAttempts
        + "]";
  }
}
