package org.trame.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.article.PublishedDate;

/**
 * A first time tagger for calendar dates written out in French or English: "le 12 juillet 2023",
 * "lundi 19 décembre", "en septembre 2020", "July 14, 2023", "12/07/2023", "en 2021". A date
 * without its year takes the year that puts it nearest the publication date. Deictics ("hier", "ce
 * lundi"), durations and sets are not handled here: the full temporal tagger replaces this stage.
 */
public final class CalendarDateTagger implements TimeTagger {

  private static final Map<String, Integer> MONTHS = months();

  private static final String FR_MONTH =
      "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
  private static final String EN_MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  private static final Pattern FR_DAY =
      Pattern.compile("(?iu)\\b(1er|[0-3]?\\d)\\s+(" + FR_MONTH + ")(?:\\s+((?:19|20)\\d\\d))?\\b");
  private static final Pattern EN_DAY =
      Pattern.compile(
          "\\b(" + EN_MONTH + ")\\s+([0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b");
  private static final Pattern DAY_EN_MONTH =
      Pattern.compile("\\b([0-3]?\\d)\\s+(" + EN_MONTH + ")(?:\\s+((?:19|20)\\d\\d))?\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?iu)\\b(" + FR_MONTH + "|" + EN_MONTH + ")\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b([0-3]?\\d)/([01]?\\d)/((?:19|20)\\d\\d)\\b");
  private static final Pattern YEAR =
      Pattern.compile("(?iu)\\b(?:en|in|depuis|since|d'ici|fin|début)\\s+((?:19|20)\\d\\d)\\b");

  @Override
  public List<TimeMention> tag(String text, PublishedDate published) {
    List<TimeMention> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    dayMonth(text, FR_DAY, 1, 2, 3, published, found, taken);
    dayMonth(text, DAY_EN_MONTH, 1, 2, 3, published, found, taken);
    dayMonth(text, EN_DAY, 2, 1, 3, published, found, taken);
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        try {
          LocalDate d =
              LocalDate.of(
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(1)));
          add(found, taken, m, d.toString());
        } catch (DateTimeException e) {
          // not a date after all (31/02/2020): leave it
        }
      }
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        add(found, taken, m, ym.toString());
      }
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      if (free(taken, m.start(1), m.end(1))) {
        TimeMention t = new TimeMention(m.group(1), "DATE", m.group(1), m.start(1), m.end(1));
        found.add(t);
        mark(taken, m.start(1), m.end(1));
      }
    }
    found.sort(Comparator.comparingInt(TimeMention::start));
    return found;
  }

  private static void dayMonth(
      String text,
      Pattern pattern,
      int dayGroup,
      int monthGroup,
      int yearGroup,
      PublishedDate published,
      List<TimeMention> found,
      boolean[] taken) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (!free(taken, m.start(), m.end())) {
        continue;
      }
      String dayText = m.group(dayGroup);
      int day = dayText.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(dayText);
      int month = month(m.group(monthGroup));
      String value;
      try {
        if (m.group(yearGroup) != null) {
          value = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, day).toString();
        } else if (published != null
            && published.precision().compareTo(org.trame.article.Precision.MONTH) <= 0) {
          value = nearest(published, month, day).toString();
        } else {
          LocalDate.of(2000, month, day); // a leap year: only days that never exist are refused
          value = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
      } catch (DateTimeException e) {
        continue;
      }
      add(found, taken, m, value);
    }
  }

  /** The date with this month and day that lies nearest the publication date. */
  private static LocalDate nearest(PublishedDate published, int month, int day) {
    LocalDate anchor =
        published
            .date()
            .plusDays(ChronoUnit.DAYS.between(published.date(), published.lastDay()) / 2);
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
              < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
        best = candidate;
      }
    }
    if (best == null) {
      throw new DateTimeException("no such day");
    }
    return best;
  }

  private static void add(List<TimeMention> found, boolean[] taken, Matcher m, String value) {
    found.add(new TimeMention(m.group(), "DATE", value, m.start(), m.end()));
    mark(taken, m.start(), m.end());
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  private static int month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace('é', 'e').replace('û', 'u'));
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return m;
  }

  private static Map<String, Integer> months() {
    String[] fr = {
      "janvier",
      "fevrier",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "aout",
      "septembre",
      "octobre",
      "novembre",
      "decembre"
    };
    String[] en = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    Map<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < 12; i++) {
      map.put(fr[i], i + 1);
      map.put(en[i], i + 1);
    }
    return Map.copyOf(map);
  }
}
