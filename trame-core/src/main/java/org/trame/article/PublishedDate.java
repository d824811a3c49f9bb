package org.trame.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A publication date with the precision it was given at. {@code date} is the first day of the
 * period; {@link #lastDay()} the last, so that "published in June 2023" compares honestly with a
 * day. {@code estimated} is true when the date was inferred (from the text) rather than given.
 */
public record PublishedDate(LocalDate date, Precision precision, boolean estimated)
    implements Comparable<PublishedDate> {

  public PublishedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }

  public static PublishedDate day(LocalDate date) {
    return new PublishedDate(date, Precision.DAY, false);
  }

  public static PublishedDate month(YearMonth month) {
    return new PublishedDate(month.atDay(1), Precision.MONTH, false);
  }

  /** A quarter of a year, 1 to 4. */
  public static PublishedDate quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("no quarter " + quarter + " in a year");
    }
    return new PublishedDate(LocalDate.of(year, 3 * quarter - 2, 1), Precision.QUARTER, false);
  }

  /** A half year, 1 or 2. */
  public static PublishedDate half(int year, int half) {
    if (half < 1 || half > 2) {
      throw new IllegalArgumentException("no half " + half + " in a year");
    }
    return new PublishedDate(LocalDate.of(year, 6 * half - 5, 1), Precision.HALF, false);
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, from year 0001 on.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static PublishedDate parse(String text) {
    String s = text.strip();
    if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("not a date: '" + text + "'");
    }
    if (s.startsWith("0000")) {
      // ISO's year 0 is 1 BC: a typo or a placeholder, never the day a news article came out
      throw new IllegalArgumentException("not a date: '" + text + "' (there is no year 0000)");
    }
    try {
      return switch (s.length()) {
        case 10 -> day(LocalDate.parse(s));
        case 7 -> month(YearMonth.parse(s));
        case 4 -> new PublishedDate(LocalDate.of(Integer.parseInt(s), 1, 1), Precision.YEAR, false);
        default -> throw new IllegalArgumentException("not a date: '" + text + "'");
      };
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + text + "'", e);
    }
  }

  /** The last day of the period this date stands for. */
  public LocalDate lastDay() {
    return switch (precision) {
      case DAY -> date;
      case MONTH -> YearMonth.from(date).atEndOfMonth();
      case SEASON, QUARTER -> date.plusMonths(3).minusDays(1);
      case HALF -> date.plusMonths(6).minusDays(1);
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
  }

  /**
   * Written at its own precision: {@code 2023-06-12}, {@code 2023-06}, {@code 2023-Q2}, {@code
   * 2023-H1} or {@code 2023} (a season as its first day: timelines and claims label it).
   */
  public String iso() {
    return switch (precision) {
      case DAY, SEASON -> date.toString();
      case MONTH -> YearMonth.from(date).toString();
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case HALF -> date.getYear() + "-H" + ((date.getMonthValue() - 1) / 6 + 1);
      case YEAR -> String.valueOf(date.getYear());
    };
  }

  /** Whether the whole period lies on or before {@code day}: known to be published by then. */
  public boolean knownBy(LocalDate day) {
    return !lastDay().isAfter(day);
  }

  @Override
  public int compareTo(PublishedDate other) {
    int byDate = date.compareTo(other.date);
    // at the same start, the more precise date sorts first (a day before its month)
    return byDate != 0 ? byDate : precision.compareTo(other.precision);
  }

  @Override
  public String toString() {
    return iso() + (estimated ? " (estimated)" : "");
  }
}
