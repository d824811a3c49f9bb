package org.trame.story;

import java.util.List;
import java.util.Optional;
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
 *       story: the same month, at month precision.
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
}
