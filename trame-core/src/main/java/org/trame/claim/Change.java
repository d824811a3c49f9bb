package org.trame.claim;

import java.util.Locale;

/** How a value of a claim relates to what was known when it was said. */
public enum Change {
  /** The first value given. */
  FIRST,
  /** The value that stands, said again (or said less precisely: summer 2023 after 14 July). */
  SAME,
  /** Compatible with the value that stands, and more precise: summer 2023, then 14 July 2023. */
  REFINED,
  /** A later source gives another value: 17 November 2021, then 14 July 2023. */
  UPDATE,
  /** A source of about the same time as the value that stands gives another value. */
  CONFLICT;

  /** Lower case, as written in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
