package org.trame.claim;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.trame.analysis.time.NumberWords;

/**
 * Numbers as the claims read them: digits, grouped by thousands with a space, a point or a comma
 * ("12 000", "12,000"), with decimals ("3,5", "3.5"), or words ("douze", "twenty-one", read by the
 * time tagger's {@link NumberWords}).
 */
final class Counts {

  /** Digits: grouped thousands first, then a plain number with its decimals. */
  static final String DIGITS =
      "(?:\\d{1,3}(?:[ \\u00a0\\u202f.,]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)";

  /** A number in digits or words, as a regex fragment for a case-insensitive pattern. */
  static final String NUMBER =
      "(?:" + DIGITS + "|(?<![\\p{L}'’])" + NumberWords.PATTERN + ")(?![\\p{L}\\p{N}])";

  private Counts() {}

  /**
   * A whole number: digits (thousands grouped) or words. Empty for decimals, and for "un", "une",
   * "one" alone, which are as often an article as a count ("l'un des blessés").
   */
  static OptionalLong whole(String written) {
    String s = written.strip();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    if (Character.isDigit(s.charAt(0))) {
      if (s.matches("\\d{1,3}(?:[ \\u00a0\\u202f.,]\\d{3})+")) {
        return OptionalLong.of(Long.parseLong(s.replaceAll("[^0-9]", "")));
      }
      if (s.matches("\\d{1,12}")) {
        return OptionalLong.of(Long.parseLong(s));
      }
      return OptionalLong.empty();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("un") || lower.equals("une") || lower.equals("one")) {
      return OptionalLong.empty();
    }
    int n = NumberWords.value(s);
    return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
  }

  /**
   * A number that may have decimals ("3,5", "3.5", "290"), or words ("deux"); empty when it is
   * none.
   */
  static Optional<BigDecimal> decimal(String written) {
    String s = written.strip();
    if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && s.matches("\\d+[.,]\\d{1,2}")) {
      return Optional.of(new BigDecimal(s.replace(',', '.')));
    }
    OptionalLong whole = whole(s);
    if (whole.isEmpty() && s.toLowerCase(Locale.ROOT).matches("un|une|one")) {
      return Optional.of(BigDecimal.ONE);
    }
    return whole.isPresent()
        ? Optional.of(BigDecimal.valueOf(whole.getAsLong()))
        : Optional.empty();
  }
}
