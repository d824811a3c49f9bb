package org.trame.article;

/** How much of a date is known. A month-precision date is a month, not the first day of it. */
public enum Precision {
  DAY,
  MONTH,
  SEASON,
  YEAR;

  /** Lower case, as written in JSON and in the store. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
