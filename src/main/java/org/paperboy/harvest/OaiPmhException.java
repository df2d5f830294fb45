package org.paperboy.harvest;

/**
 * An OAI-PMH error response ({@code <error code="badResumptionToken">…</error>}), with the code and
 * the repository's own words.
 */
public final class OaiPmhException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public OaiPmhException(String code, String message) {
    super("OAI-PMH error " + code + ": " + message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
