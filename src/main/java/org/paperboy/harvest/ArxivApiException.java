package org.paperboy.harvest;

/** An error the arXiv API reports inside its feed (e.g. "incorrect id format for abc"). */
public final class ArxivApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArxivApiException(String message) {
    super("arXiv API error: " + message);
  }
}
