package org.trame.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * Dates as timelines write and read them: TIMEX3 values at day, month, season, quarter, half year
 * or year.
 */
public final class TimelineDates {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(?:Q([1-4])|H([12]))");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private TimelineDates() {}

  /**
   * The date a TIMEX3 value names, or null when it names none at day, month, season, quarter, half
   * year or year precision ("PAST_REF", "XXXX-05", a week, a decade). A clock time on a known day
   * stands for that day.
   */
  public static PublishedDate parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return PublishedDate.day(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return PublishedDate.month(
            YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      m = SEASON.matcher(value);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        // meteorological seasons: winter is the December that opens it
        int month =
            switch (m.group(2)) {
              case "SP" -> 3;
              case "SU" -> 6;
              case "FA" -> 9;
              default -> 12;
            };
        return new PublishedDate(LocalDate.of(year, month, 1), Precision.SEASON, false);
      }
      m = PART.matcher(value);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        return m.group(2) != null
            ? PublishedDate.quarter(year, Integer.parseInt(m.group(2)))
            : PublishedDate.half(year, Integer.parseInt(m.group(3)));
      }
      if (YEAR.matcher(value).matches()) {
        return new PublishedDate(
            LocalDate.of(Integer.parseInt(value), 1, 1), Precision.YEAR, false);
      }
    } catch (java.time.DateTimeException e) {
      return null; // "2023-02-30": no such day
    }
    return null;
  }

  /**
   * As the JSON contract writes it: {@code 2022-12-19}, {@code 2020-09}, {@code 2021-SU}, {@code
   * 2022-Q2}, {@code 2021-H2}, {@code 2023}.
   */
  public static String label(PublishedDate date) {
    if (date.precision() != Precision.SEASON) {
      return date.iso();
    }
    String code =
        switch (date.date().getMonthValue()) {
          case 3, 4, 5 -> "SP";
          case 6, 7, 8 -> "SU";
          case 9, 10, 11 -> "FA";
          default -> "WI";
        };
    return date.date().getYear() + "-" + code;
  }
}
