package org.paperboy.enrich;

import java.net.URI;
import java.util.Objects;

/**
 * A web service answered a request with an error, or could not be reached. The message names the
 * URL and the status.
 */
public class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final URI url;
  private final int status;

  /**
   * @param status the HTTP status, or 0 when there was no answer
   */
  public ServiceException(String message, URI url, int status, Throwable cause) {
    super(message, cause);
    this.url = Objects.requireNonNull(url, "url");
    this.status = status;
  }

  public ServiceException(String message, URI url, int status) {
    this(message, url, status, null);
  }

  public URI url() {
    return url;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
