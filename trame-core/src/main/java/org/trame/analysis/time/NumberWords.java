package org.trame.analysis.time;

/**
 * Numbers written out in French and English ("douze", "vingt et un", "twenty-one"), as the time
 * tagger reads them, for the other stages that count (the claims: "douze morts").
 */
public final class NumberWords {

  /**
   * A number in words, meant for a case-insensitive pattern: one or more number words joined by a
   * hyphen, a space, "et" or "and". Left unanchored; callers put it between word boundaries.
   */
  public static final String PATTERN =
      "(?:(?:"
          + TimeLexicon.FR_NUMBER_WORD
          + "|"
          + TimeLexicon.EN_NUMBER_WORD
          + ")(?:(?:[- ]|\\s+et\\s+|\\s+and\\s+)(?:"
          + TimeLexicon.FR_NUMBER_WORD
          + "|"
          + TimeLexicon.EN_NUMBER_WORD
          + "))*)";

  private NumberWords() {}

  /** The value of a number in words (or digits), or -1 when it is not one. */
  public static int value(String text) {
    return TimeLexicon.number(text);
  }
}
