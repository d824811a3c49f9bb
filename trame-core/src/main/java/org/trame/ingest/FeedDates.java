package org.trame.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.article.PublishedDate;

/**
 * Reads the dates feeds really carry, where strict RFC 822 parsers give up: French and English day
 * and month names, full or abbreviated, with or without a dot ({@code mar., 14 janv. 2020 10:00:00
 * +0100}, {@code Tuesday, January 14, 2020}, {@code 1er février 2020}), RFC 822 with two-digit
 * years, ISO 8601 and its variants ({@code 2020-01-14T10:00:00+01:00}, {@code 2020-01-14 10:00},
 * {@code 20200114}, {@code 2020-01}), and day-first numeric dates ({@code 14/01/2020}).
 *
 * <p>The date is the one written, in the time zone written: a feed says on which day its own
 * readers saw the item, and converting {@code 00:30 +0100} to UTC would move it to the day before.
 * Anything it cannot read whole gives null rather than a guess.
 */
public final class FeedDates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?"
              + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|z|[+-]\\d{2}(?::?\\d{2})?"
              + "|UTC|GMT)?)?");

  private static final Pattern ISO_BASIC =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{2}:?\\d{2}(?::?\\d{2})?(?:Z|[+-]\\d{4})?)?");

  private static final Pattern SLASHED =
      Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}(?::\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?|h\\d{0,2})(?:am|pm)?");

  private static final Pattern ZONE = Pattern.compile("[+-]\\d{2}:?\\d{2}|[a-z]{1,5}[+-]\\d{1,2}");

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(?:er|st|nd|rd|th|e)?");

  private static final Map<String, Integer> MONTHS = months();

  private static final Set<String> WEEKDAYS =
      Set.of(
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "lun",
          "mer",
          "jeu",
          "ven",
          "sam",
          "dim",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun");

  /** Words around a date that say nothing about it: zones, clock words, links. */
  private static final Set<String> FILLERS =
      Set.of(
          "gmt",
          "ut",
          "utc",
          "z",
          "cet",
          "cest",
          "met",
          "mest",
          "wet",
          "west",
          "eet",
          "eest",
          "bst",
          "est",
          "edt",
          "cst",
          "cdt",
          "mst",
          "mdt",
          "pst",
          "pdt",
          "am",
          "pm",
          "a",
          "at",
          "le",
          "on",
          "the",
          "of",
          "de",
          "du",
          "h",
          "heure",
          "heures",
          "et",
          "publie",
          "published");

  private FeedDates() {}

  /** The date {@code text} names, at the precision it names it, or null. */
  public static PublishedDate parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return m.group(3) == null
            ? PublishedDate.month(YearMonth.of(year(m.group(1)), num(m.group(2))))
            : day(year(m.group(1)), num(m.group(2)), num(m.group(3)));
      }
      m = ISO_BASIC.matcher(s);
      if (m.matches()) {
        return day(year(m.group(1)), num(m.group(2)), num(m.group(3)));
      }
      m = SLASHED.matcher(s);
      if (m.lookingAt() && restIsTime(s.substring(m.end()))) {
        return m.group(1) != null
            ? day(year(m.group(1)), num(m.group(2)), num(m.group(3)))
            : dayFirst(num(m.group(4)), num(m.group(5)), year(m.group(6)));
      }
      return words(s);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A date in words: a month name, a day and a year in either order, and things to ignore. */
  private static PublishedDate words(String s) {
    String folded =
        Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            // French clock times with spaces: "à 9 h", "18 h 30", "14 heures"
            .replaceAll("\\b\\d{1,2} ?h(?:eures?)?(?: ?\\d{2})?\\b", " ");
    List<String> tokens = new ArrayList<>();
    for (String t : folded.split("[\\s,;]+")) {
      String token = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    // "mar" is Tuesday in French and March in English: a month only when no other month is named
    boolean otherMonth = tokens.stream().anyMatch(t -> MONTHS.containsKey(t) && !t.equals("mar"));
    Integer month = null;
    List<String> numbers = new ArrayList<>();
    for (String token : tokens) {
      if (token.equals("mar") && otherMonth
          || WEEKDAYS.contains(token)
          || FILLERS.contains(token)) {
        continue;
      }
      if (MONTHS.containsKey(token)) {
        if (month != null) {
          return null;
        }
        month = MONTHS.get(token);
        continue;
      }
      if (TIME.matcher(token).matches() || ZONE.matcher(token).matches()) {
        continue;
      }
      Matcher n = NUMBER.matcher(token);
      if (n.matches()) {
        numbers.add(n.group(1));
        continue;
      }
      return null;
    }
    if (month == null) {
      return null;
    }
    if (numbers.size() == 1 && numbers.get(0).length() == 4) {
      return PublishedDate.month(YearMonth.of(year(numbers.get(0)), month));
    }
    if (numbers.size() != 2) {
      return null;
    }
    String a = numbers.get(0);
    String b = numbers.get(1);
    if (b.length() == 4 && a.length() <= 2) {
      return day(year(b), month, num(a));
    }
    if (a.length() == 4 && b.length() <= 2) {
      return day(year(a), month, num(b));
    }
    if (a.length() <= 2 && b.length() == 2) {
      // RFC 822's two-digit year, after the day: "14 Jan 20"
      int yy = num(b);
      return day(yy < 70 ? 2000 + yy : 1900 + yy, month, num(a));
    }
    return null;
  }

  private static boolean restIsTime(String rest) {
    String r = rest.strip();
    if (r.isEmpty()) {
      return true;
    }
    for (String t : r.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (!t.isEmpty()
          && !TIME.matcher(t).matches()
          && !ZONE.matcher(t).matches()
          && !FILLERS.contains(t)) {
        return false;
      }
    }
    return true;
  }

  private static PublishedDate dayFirst(int first, int second, int year) {
    // French first: 03/04/2020 is the 3rd of April; 04/13/2020 can only be month first
    return first <= 12 && second > 12 ? day(year, first, second) : day(year, second, first);
  }

  private static PublishedDate day(int year, int month, int day) {
    return PublishedDate.day(LocalDate.of(year, month, day));
  }

  /** Whether a feed date's year can be meant: a lenient parser reads "2020111" as a year. */
  static boolean plausibleYear(int year) {
    return year >= 1800 && year <= 2200;
  }

  private static int year(String digits) {
    int y = num(digits);
    if (!plausibleYear(y)) {
      throw new DateTimeException("year out of range: " + digits);
    }
    return y;
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
      {"janvier", "janv", "jan", "january"},
      {"fevrier", "fevr", "fev", "feb", "february"},
      {"mars", "mar", "march"},
      {"avril", "avr", "apr", "april"},
      {"mai", "may"},
      {"juin", "jun", "june"},
      {"juillet", "juil", "juill", "jul", "july"},
      {"aout", "aou", "aug", "august"},
      {"septembre", "sept", "sep", "september"},
      {"octobre", "oct", "october"},
      {"novembre", "nov", "november"},
      {"decembre", "dec", "december"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        m.put(name, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
