package org.paperboy.enrich;

import java.net.URI;

/**
 * A service answered 200 with a body that is not the JSON expected. The message names the URL and,
 * for JSON syntax errors, the line and column.
 */
public final class MalformedResponseException extends ServiceException {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String message, URI url, int status, Throwable cause) {
    super(message, url, status, cause);
  }
}
