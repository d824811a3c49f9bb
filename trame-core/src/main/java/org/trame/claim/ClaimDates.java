package org.trame.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.timeline.TimelineDates;

/**
 * Dates as claims hold them: a TIMEX3 value read into a {@link PublishedDate} at its precision, and
 * the comparisons the change marks need.
 */
final class ClaimDates {

  /**
   * Two statements this many days apart or less are of about the same time: one outlet cannot be
   * said to have corrected the other. A week covers a weekly's cycle and the days it takes a change
   * to reach every outlet.
   */
  static final int SAME_TIME_DAYS = 7;

  private ClaimDates() {}

  /**
   * A resolved TIMEX3 date value ({@code 2023}, {@code 2023-07}, {@code 2023-07-12}, {@code
   * 2023-SU}, {@code 2023-Q4}, {@code 2023-H2}, a day with a time of day), read as timelines read
   * it; else empty (references, weeks, decades).
   */
  static Optional<PublishedDate> parse(String value) {
    return Optional.ofNullable(TimelineDates.parse(value));
  }

  /** {@code 2023-07-12}, {@code 2023-07}, {@code 2023-SU}, {@code 2023-Q4}, {@code 2023}. */
  static String label(PublishedDate d) {
    return TimelineDates.label(d);
  }

  /** The same value: same period at the same precision. */
  static boolean same(PublishedDate a, PublishedDate b) {
    return a.date().equals(b.date()) && a.precision() == b.precision();
  }

  /** Whether {@code inner} lies inside {@code outer}'s period (14 July 2023 inside summer 2023). */
  static boolean within(PublishedDate inner, PublishedDate outer) {
    return !inner.date().isBefore(outer.date()) && !inner.lastDay().isAfter(outer.lastDay());
  }

  /**
   * Whether two statements were made at about the same time: the days between their periods, none
   * when they overlap, are at most {@link #SAME_TIME_DAYS}. A month-precision article therefore
   * stands beside any day of its month, since nobody can tell which came first.
   */
  static boolean sameTime(PublishedDate a, PublishedDate b) {
    return sameTime(a, b, SAME_TIME_DAYS);
  }

  /** As {@link #sameTime(PublishedDate, PublishedDate)}, at most {@code days} apart. */
  static boolean sameTime(PublishedDate a, PublishedDate b, int days) {
    if (a == null || b == null) {
      return false;
    }
    PublishedDate earlier = a.date().isAfter(b.date()) ? b : a;
    PublishedDate later = earlier == a ? b : a;
    long gap = ChronoUnit.DAYS.between(earlier.lastDay(), later.date());
    return gap <= days;
  }

  /**
   * The smallest month, quarter, season, half year or year that holds both periods ("entre le 15
   * juin et le 31 juillet 2024": summer 2024), or null when none does (across the new year, only a
   * winter can).
   */
  static PublishedDate cover(PublishedDate a, PublishedDate b) {
    LocalDate first = a.date().isBefore(b.date()) ? a.date() : b.date();
    LocalDate last = a.lastDay().isAfter(b.lastDay()) ? a.lastDay() : b.lastDay();
    int month = first.getMonthValue();
    int seasonStart = month == 12 ? 12 : month < 3 ? 0 : month - (month % 3);
    LocalDate season =
        seasonStart == 0
            ? LocalDate.of(first.getYear() - 1, 12, 1)
            : LocalDate.of(first.getYear(), seasonStart, 1);
    List<PublishedDate> periods =
        List.of(
            PublishedDate.month(java.time.YearMonth.from(first)),
            PublishedDate.quarter(first.getYear(), (month - 1) / 3 + 1),
            new PublishedDate(season, Precision.SEASON, false),
            PublishedDate.half(first.getYear(), (month - 1) / 6 + 1),
            new PublishedDate(first.withDayOfYear(1), Precision.YEAR, false));
    for (PublishedDate p : periods) {
      if (!p.date().isAfter(first) && !p.lastDay().isBefore(last)) {
        return p;
      }
    }
    return null;
  }

  /** The same value a whole number of years later ("cet été" said in December: next summer). */
  static PublishedDate plusYears(PublishedDate d, int years) {
    return new PublishedDate(d.date().plusYears(years), d.precision(), d.estimated());
  }
}
