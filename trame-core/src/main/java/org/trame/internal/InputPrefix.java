package org.trame.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How far the input has been placed without a gap, when articles are placed out of input order
 * ({@link PlacingQueue}): what an ingest acknowledges is "every article up to this one", true of a
 * prefix only.
 */
public final class InputPrefix {

  private long through;
  private final Map<Long, String> doneBeyond = new HashMap<>();
  private String lastStored;

  /**
   * The article read at rank {@code arrival} is done with.
   *
   * @param storedId its id when it was stored, null when it was not (refused, already stored)
   */
  public void done(long arrival, String storedId) {
    if (arrival < through || doneBeyond.containsKey(arrival)) {
      throw new IllegalStateException("article " + arrival + " done twice");
    }
    doneBeyond.put(arrival, storedId == null ? "" : storedId);
    String id;
    while ((id = doneBeyond.remove(through)) != null) {
      if (!id.isEmpty()) {
        lastStored = id;
      }
      through++;
    }
  }

  /** Articles of the prefix done with, all of them. */
  public long through() {
    return through;
  }

  /** The last article stored in that prefix, or null when none was. */
  public String lastStored() {
    return lastStored;
  }
}
