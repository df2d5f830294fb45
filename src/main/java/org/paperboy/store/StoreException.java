package org.paperboy.store;

/**
 * A failure of the store (I/O, SQL, a broken invariant); the message says which operation failed.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
