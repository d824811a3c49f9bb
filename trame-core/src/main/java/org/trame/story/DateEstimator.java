package org.trame.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.Analysis;
import org.trame.analysis.TimeMention;
import org.trame.article.Article;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * Estimates when an undated article was published, so that it can take its place on timelines and
 * in "as of" views (marked {@code estimated}, never passed off as given):
 *
 * <ol>
 *   <li>from its text: a full date named as the present one ("ce lundi 19 décembre 2022", "this
 *       Monday, December 19, 2022") is the day it was written;
 *   <li>else from its most similar dated article, when that one is similar enough to share its
 *       story: the same month, at month precision;
 *   <li>then, once that month is known and its partial dates resolved against it ({@link #refine}),
 *       narrowed to a day when the text names the weekday it is written on ("ce lundi matin") and a
 *       recent past day it is written after ("depuis le 15 décembre dernier"): the first such
 *       weekday after that day.
 * </ol>
 */
public final class DateEstimator {

  private static final Pattern PRESENT_DAY =
      Pattern.compile(
          "(?iu)\\b(?:ce|cet|cette|this)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
              + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*(?:le\\s+)?$");

  /** The same words inside the mention, for a tagger whose span takes them in. */
  private static final Pattern PRESENT_DAY_MENTION =
      Pattern.compile(
          "(?iu)(?:ce|cet|cette|this)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
              + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The weekday of writing, without a date: "ce lundi matin", "en ce mardi", "this Friday". */
  private static final Pattern PRESENT_WEEKDAY =
      Pattern.compile(
          "(?iu)\\b(?:en\\s+ce|ce|aujourd'hui|this)\\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi"
              + "|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
              + "(?!\\s+(?:\\d|prochain|dernier|next|last))");

  /** A day named as past: "le 15 décembre dernier", or one the present runs from: "depuis le". */
  private static final Pattern PAST_MARK = Pattern.compile("(?iu)\\b(?:dernier|last)\\b");

  private static final Pattern PAST_AFTER = Pattern.compile("(?iu)^\\s*(?:dernier|last)\\b");

  private static final Pattern SINCE_BEFORE =
      Pattern.compile("(?iu)\\b(?:depuis|since|after|après)\\s*(?:le\\s+|the\\s+)?$");

  /** How long after the past day the weekday may fall: within the week that follows it. */
  private static final int MAX_DAYS_AFTER = 7;

  private final double minimumSimilarity;

  /**
   * @param minimumSimilarity how similar a dated article must be to lend its month
   */
  public DateEstimator(double minimumSimilarity) {
    this.minimumSimilarity = minimumSimilarity;
  }

  /** An estimate for an undated article, or empty when nothing says. */
  public Optional<PublishedDate> estimate(
      Article article, Analysis analysis, List<Neighbour> neighbours) {
    String text = article.fullText();
    for (TimeMention t : analysis.times()) {
      if (t.value() != null && FULL_DATE.matcher(t.value()).matches()) {
        String before = text.substring(Math.max(0, t.start() - 24), t.start());
        if (PRESENT_DAY.matcher(before).find()
            || PRESENT_DAY_MENTION.matcher(t.text()).lookingAt()) {
          PublishedDate day = PublishedDate.parse(t.value());
          return Optional.of(new PublishedDate(day.date(), Precision.DAY, true));
        }
      }
    }
    for (Neighbour n : neighbours) {
      if (n.similarity() < minimumSimilarity) {
        break; // best first: none further will do
      }
      if (n.published() != null && !n.published().estimated()) {
        return Optional.of(
            new PublishedDate(n.published().date().withDayOfMonth(1), Precision.MONTH, true));
      }
    }
    return Optional.empty();
  }

  /**
   * Narrows a month estimate to a day, from the text's own clues, or empty when they do not say
   * (see the class comment). {@code analysis} must have been made with the month estimate as the
   * publication date, so that "le 15 décembre dernier" is resolved.
   */
  public Optional<PublishedDate> refine(Article article, Analysis analysis) {
    PublishedDate month = article.published();
    if (month == null || !month.estimated() || month.precision() != Precision.MONTH) {
      return Optional.empty();
    }
    String text = article.fullText();
    Matcher weekdayMatch = PRESENT_WEEKDAY.matcher(text);
    if (!weekdayMatch.find()) {
      return Optional.empty();
    }
    DayOfWeek weekday = weekday(weekdayMatch.group(1));
    LocalDate after = null;
    for (TimeMention t : analysis.times()) {
      if (t.value() == null || !FULL_DATE.matcher(t.value()).matches()) {
        continue;
      }
      String before = text.substring(Math.max(0, t.start() - 12), t.start());
      if (!PAST_MARK.matcher(t.text()).find()
          && !PAST_AFTER
              .matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 10)))
              .find()
          && !SINCE_BEFORE.matcher(before).find()) {
        continue;
      }
      LocalDate day = LocalDate.parse(t.value());
      // a clue for this month or the one before: older days say little about the day of writing
      if (day.isAfter(month.lastDay()) || day.isBefore(month.date().minusMonths(1))) {
        continue;
      }
      if (after == null || day.isAfter(after)) {
        after = day;
      }
    }
    if (after == null) {
      return Optional.empty();
    }
    LocalDate day = after.with(TemporalAdjusters.next(weekday));
    if (day.isAfter(after.plusDays(MAX_DAYS_AFTER)) || day.isAfter(month.lastDay().plusDays(7))) {
      return Optional.empty();
    }
    return Optional.of(new PublishedDate(day, Precision.DAY, true));
  }

  private static DayOfWeek weekday(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "lundi", "monday" -> DayOfWeek.MONDAY;
      case "mardi", "tuesday" -> DayOfWeek.TUESDAY;
      case "mercredi", "wednesday" -> DayOfWeek.WEDNESDAY;
      case "jeudi", "thursday" -> DayOfWeek.THURSDAY;
      case "vendredi", "friday" -> DayOfWeek.FRIDAY;
      case "samedi", "saturday" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }
}
