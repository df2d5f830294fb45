package org.paperboy.enrich;

import java.net.URI;

/**
 * A service kept answering "too many requests" (429) or "unavailable" (503) after the retries
 * allowed, or asked for a longer wait than a client takes: try again later.
 */
public final class RateLimitedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(String message, URI url, int status) {
    super(message, url, status);
  }
}
