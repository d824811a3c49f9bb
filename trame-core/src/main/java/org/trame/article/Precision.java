package org.trame.article;

/** How much of a date is known. A month-precision date is a month, not the first day of it. */
public enum Precision {
  DAY,
  MONTH,
  SEASON,
  /** A quarter of a year ("le deuxième trimestre 2022"), written {@code 2022-Q2}. */
  QUARTER,
  /** A half year ("le second semestre 2021"), written {@code 2021-H2}. */
  HALF,
  YEAR;

  /** Lower case, as written in JSON and in the store. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
