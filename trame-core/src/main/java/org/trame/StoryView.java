package org.trame;

import java.time.LocalDate;
import java.util.List;
import org.trame.claim.Claim;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;
import org.trame.timeline.TimelineEntry;

/**
 * A story as it can be shown: its events, articles, timeline and claims, possibly restricted to
 * what was published by a given day.
 *
 * @param story the story (its lists restricted like the rest in an as-of view)
 * @param asOf the day of the view, or null for everything stored
 * @param events its visible events, in order of their first article
 * @param articles its visible articles, by publication date (undated last)
 * @param timeline its dated entries
 * @param claims typed facts with every value given for them (a release date and its changes), as
 *     known by {@code asOf}
 */
public record StoryView(
    Story story,
    LocalDate asOf,
    List<Event> events,
    List<StoredArticle> articles,
    List<TimelineEntry> timeline,
    List<Claim> claims) {

  /**
   * Independent sources among the visible articles: an original and its copies count once (as do
   * copies of one original whose original is not visible).
   */
  public long sources() {
    return independentSources(articles);
  }

  /**
   * Independent sources among {@code articles}: an original and its copies count once (as do copies
   * of one original that is not among them).
   */
  public static long independentSources(List<StoredArticle> articles) {
    return articles.stream().map(a -> a.duplicate() ? a.duplicateOf() : a.id()).distinct().count();
  }

  /** Visible articles that repeat an independent source: {@code articles − sources}. */
  public long copies() {
    return articles.size() - sources();
  }
}
