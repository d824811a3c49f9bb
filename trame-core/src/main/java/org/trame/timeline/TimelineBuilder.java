package org.trame.timeline;

import java.util.List;
import java.util.Map;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

/** The timeline stage: a story's dated entries from its events and articles. */
@FunctionalInterface
public interface TimelineBuilder {

  /**
   * @param events the story's events, already restricted to what is visible (as-of views)
   * @param articles the visible articles of those events, by id
   */
  List<TimelineEntry> build(List<Event> events, Map<String, StoredArticle> articles);

  /**
   * At most {@code budget} dates, the most important ones; a builder that cannot choose gives its
   * whole timeline.
   *
   * @param budget how many dates to keep; 0 or less for all of them
   */
  default List<TimelineEntry> build(
      List<Event> events, Map<String, StoredArticle> articles, int budget) {
    return build(events, articles);
  }
}
