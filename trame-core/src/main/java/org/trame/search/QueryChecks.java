package org.trame.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** What a search and a story listing check of their filters and page alike, with one message. */
final class QueryChecks {

  private QueryChecks() {}

  /** The values stripped, blanks dropped, in the order given; lower-cased when asked (codes). */
  static Set<String> normalized(Set<String> values, boolean lowerCase) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          out.add(lowerCase ? v.strip().toLowerCase(Locale.ROOT) : v.strip());
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * @throws IllegalArgumentException when the range ends before it begins, or the page is out of
   *     bounds, naming the parameter
   */
  static void checkRangeAndPage(
      LocalDate from, LocalDate to, int limit, int maxLimit, int offset, int maxOffset) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    if (limit < 1 || limit > maxLimit) {
      throw new IllegalArgumentException(
          "limit: expected a whole number from 1 to " + maxLimit + ", got " + limit);
    }
    if (offset < 0 || offset > maxOffset) {
      throw new IllegalArgumentException(
          "offset: expected a whole number from 0 to " + maxOffset + ", got " + offset);
    }
  }
}
