package org.paperboy.enrich;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Checks shared by the client configurations, with messages naming the bad value. */
final class ClientSettings {
  private ClientSettings() {}

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_ATTEMPTS = 4;
  private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(5);
  private static final int MOST_ATTEMPTS = 10;

  /** An absolute http(s) URL without query or fragment, returned without a trailing slash. */
  static URI baseUrl(URI url, String name) {
    Objects.requireNonNull(url, () -> name + " must not be null");
    boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
    if (!http
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          name + " must be an http(s) URL without query or fragment, got '" + url + "'");
    }
    String s = url.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
  }

  static Duration timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "timeout must be positive and at most " + LONGEST_TIMEOUT + ", got " + timeout);
    }
    return timeout;
  }

  static int attempts(int maxAttempts) {
    if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
      throw new IllegalArgumentException(
          "maxAttempts must be 1.." + MOST_ATTEMPTS + ", got " + maxAttempts);
    }
    return maxAttempts;
  }

  /** What the clients send as {@code User-Agent}, before any contact address. */
  static String product() {
    String version = ClientSettings.class.getPackage().getImplementationVersion();
    return "Paperboy/" + (version == null ? "dev" : version);
  }
}
