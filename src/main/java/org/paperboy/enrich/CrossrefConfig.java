package org.paperboy.enrich;

import java.net.URI;
import java.time.Duration;
import org.paperboy.domain.Require;

/**
 * How to reach Crossref.
 *
 * @param baseUrl the API root, {@link #DEFAULT_BASE_URL} for the real service
 * @param mailto a contact address, sent in the {@code User-Agent} as Crossref asks of polite
 *     clients (they get the more reliable "polite" pool, and a message rather than a block when
 *     something goes wrong)
 * @param timeout for connecting and for each response
 * @param maxAttempts attempts per request when the service answers 429 or 503, 1 to 10
 */
public record CrossrefConfig(URI baseUrl, String mailto, Duration timeout, int maxAttempts) {
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.crossref.org");

  public CrossrefConfig {
    baseUrl = ClientSettings.baseUrl(baseUrl, "Crossref base URL");
    mailto = Require.nonBlank(mailto, "Crossref mailto").strip();
    if (!mailto.matches("[^@\\s()]+@[^@\\s()]+\\.[^@\\s()]+")) {
      throw new IllegalArgumentException(
          "Crossref mailto must be an e-mail address, got '" + mailto + "'");
    }
    timeout = ClientSettings.timeout(timeout);
    maxAttempts = ClientSettings.attempts(maxAttempts);
  }

  /** The real service with a 30 s timeout and 4 attempts. */
  public static CrossrefConfig of(String mailto) {
    return new CrossrefConfig(
        DEFAULT_BASE_URL, mailto, ClientSettings.DEFAULT_TIMEOUT, ClientSettings.DEFAULT_ATTEMPTS);
  }

  public CrossrefConfig withBaseUrl(URI url) {
    return new CrossrefConfig(url, mailto, timeout, maxAttempts);
  }

  /** Paperboy's product token and the contact address, as Crossref's etiquette asks. */
  String userAgent() {
    return ClientSettings.product() + " (mailto:" + mailto + ")";
  }
}
