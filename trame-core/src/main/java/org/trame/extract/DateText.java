package org.trame.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * Dates as pages write them: ISO-8601 values in attributes, and days written out in French or
 * English in the text ("Publié le 12 juillet 2023 à 10h", "Updated Jul. 3, 2021", "12/07/2023").
 * Only the date is read, at the precision it is written with; a time of day is ignored.
 */
final class DateText {

  /** What a date in a page's text is said to be by the words just before it. */
  enum Label {
    PUBLISHED,
    NONE,
    UPDATED
  }

  /** A day found in a text, where it is, and what the words before it call it. */
  record Found(LocalDate date, int start, int end, Label label) {}

  /** Longer than this, an attribute value is not a date: do not scan it. */
  private static final int MAX_VALUE_CHARS = 200;

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAME =
      MONTHS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .reduce((a, b) -> a + "|" + b)
          .orElseThrow();

  /** Year, then optionally month and day, at the start of an ISO-8601 value. */
  private static final Pattern ISO_VALUE =
      Pattern.compile("^\\s*(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?![\\d])");

  /** "12 juillet 2023", "1er juil. 2023", "3rd of July, 2021". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iU)(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:of\\s+)?("
              + MONTH_NAME
              + ")\\.?,?\\s+(\\d{4})(?!\\d)");

  /** "July 12, 2023", "Jul. 3 2021". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?iU)(?<![\\p{L}\\d])("
              + MONTH_NAME
              + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  /** "12/07/2023", "12.07.2023", "12-07-2023": day or month first, by the page's language. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-]|\\.\\d)");

  /** "2023-07-12", "2023/07/12" written in a text. */
  private static final Pattern ISO_IN_TEXT =
      Pattern.compile("(?<![\\d/.-])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");

  private static final Pattern PUBLISHED_WORDS =
      Pattern.compile(
          "(?iU)(publié|publiée|publication|mis en ligne|mise en ligne|posté|paru|créé"
              + "|published|posted|first published|publish date)");

  private static final Pattern UPDATED_WORDS =
      Pattern.compile(
          "(?iU)(mis à jour|mise à jour|màj|maj|actualisé|actualisée|modifié|modifiée|updated"
              + "|last updated|modified|revised)");

  private DateText() {}

  /**
   * Reads an attribute or meta value: ISO-8601 first ("2023-07-12T10:00:00+02:00", "2023-07",
   * "2023"), else the first date written in it ("Wed, 12 Jul 2023 10:00:00 GMT").
   *
   * @param dayFirst how to read "03/04/2023": true for day first, false for month first, null to
   *     read only the unambiguous ones
   */
  static PublishedDate parseValue(String value, Boolean dayFirst) {
    if (value == null || value.isBlank() || value.length() > MAX_VALUE_CHARS) {
      return null;
    }
    Matcher m = ISO_VALUE.matcher(value);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    String compact = value.strip();
    if (compact.matches("\\d{8}(T.*)?")) { // 20230712, as some meta tags write it
      LocalDate d =
          day(
              Integer.parseInt(compact.substring(0, 4)),
              Integer.parseInt(compact.substring(4, 6)),
              Integer.parseInt(compact.substring(6, 8)));
      return d == null ? null : PublishedDate.day(d);
    }
    List<Found> found = find(value, dayFirst);
    return found.isEmpty() ? null : PublishedDate.day(found.get(0).date());
  }

  /** Every day written in TEXT, in order of position, each with the label before it. */
  static List<Found> find(String text, Boolean dayFirst) {
    List<Found> out = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, text, m, day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(out, text, m, day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
    }
    m = ISO_IN_TEXT.matcher(text);
    while (m.find()) {
      add(
          out,
          text,
          m,
          day(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int y = year(m.group(4));
      LocalDate d;
      if (a > 12 && b <= 12) {
        d = day(y, b, a);
      } else if (b > 12 && a <= 12) {
        d = day(y, a, b);
      } else if (a == b || dayFirst != null) {
        d = a == b || dayFirst ? day(y, b, a) : day(y, a, b);
      } else {
        d = null; // "03/04/2023" in a page that does not say how it writes days
      }
      add(out, text, m, d);
    }
    out.sort(Comparator.comparingInt(Found::start));
    // the label of a date is read in the words between the date before it and itself
    List<Found> labelled = new ArrayList<>(out.size());
    int previousEnd = 0;
    for (Found f : out) {
      if (f.start() < previousEnd) {
        continue; // "2023-07-12" is also read as a numeric date: keep the first reading
      }
      String before = text.substring(Math.max(previousEnd, f.start() - 40), f.start());
      labelled.add(new Found(f.date(), f.start(), f.end(), label(before)));
      previousEnd = f.end();
    }
    return labelled;
  }

  /**
   * The publication date among the dates of a short text: the first one called published, else the
   * first one called nothing, else the first update (an update is later than the publication, but
   * it is the closest day the page gives).
   */
  static Found publication(List<Found> found) {
    for (Label wanted : Label.values()) {
      for (Found f : found) {
        if (f.label() == wanted) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * How to read "03/04/2023" for a page in LANGUAGE (a BCP 47 tag or a primary subtag): day first
   * but in American English; null when the page is in English with no region.
   */
  static Boolean dayFirst(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
    if (tag.equals("en-us")) {
      return false;
    }
    return tag.equals("en") ? null : true;
  }

  /** What the words BEFORE a date call it: the last label word among them wins. */
  static Label label(String before) {
    int published = lastMatch(PUBLISHED_WORDS, before);
    int updated = lastMatch(UPDATED_WORDS, before);
    if (published < 0 && updated < 0) {
      return Label.NONE;
    }
    return published > updated ? Label.PUBLISHED : Label.UPDATED;
  }

  private static int lastMatch(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  private static void add(List<Found> out, String text, Matcher m, LocalDate d) {
    if (d != null) {
      out.add(new Found(d, m.start(), m.end(), Label.NONE));
    }
  }

  private static PublishedDate iso(String y, String mo, String d) {
    int year = Integer.parseInt(y);
    if (!plausibleYear(year)) {
      return null;
    }
    try {
      if (mo == null) {
        return new PublishedDate(LocalDate.of(year, 1, 1), Precision.YEAR, false);
      }
      int month = Integer.parseInt(mo);
      if (d == null) {
        return PublishedDate.month(YearMonth.of(year, month));
      }
      return PublishedDate.day(LocalDate.of(year, month, Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The day, or null when it does not exist or its year is not a plausible publication year. */
  static LocalDate day(int year, int month, int day) {
    if (!plausibleYear(year) || month < 1 || month > 12) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean plausibleYear(int year) {
    return year >= 1900 && year <= 2200;
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
      {"janvier", "janv", "january", "jan"},
      {"février", "fevrier", "févr", "fevr", "fév", "fev", "february", "feb"},
      {"mars", "march", "mar"},
      {"avril", "avr", "april", "apr"},
      {"mai", "may"},
      {"juin", "june", "jun"},
      {"juillet", "juil", "july", "jul"},
      {"août", "aout", "august", "aug"},
      {"septembre", "sept", "september", "sep"},
      {"octobre", "october", "oct"},
      {"novembre", "november", "nov"},
      {"décembre", "decembre", "déc", "dec", "december"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
