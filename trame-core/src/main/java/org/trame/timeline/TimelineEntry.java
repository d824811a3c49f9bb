package org.trame.timeline;

import java.util.List;
import org.trame.article.PublishedDate;

/**
 * One dated line of a story's timeline.
 *
 * @param date when, at its own precision
 * @param text what happened
 * @param sources the ids of the articles that support it
 * @param eventId the event it comes from, or null for a statement inside an article
 */
public record TimelineEntry(PublishedDate date, String text, List<String> sources, String eventId) {

  public TimelineEntry {
    sources = List.copyOf(sources);
  }
}
