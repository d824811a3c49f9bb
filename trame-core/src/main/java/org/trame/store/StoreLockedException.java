package org.trame.store;

/**
 * Another process is writing to the store: only one writer at a time. Worth waiting for, unlike the
 * other {@link StoreException}s.
 */
public final class StoreLockedException extends StoreException {

  private static final long serialVersionUID = 1L;

  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
