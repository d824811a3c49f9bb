package org.trame.story;

import java.util.List;
import org.trame.article.PublishedDate;

/**
 * A chain of events about one subject, over days or years.
 *
 * @param id stable id ({@code s-…})
 * @param title a readable label (a representative headline)
 * @param eventIds its events, in the order they were created
 * @param articleIds all its articles, in the order they joined (those of a story merged into it
 *     after its own of that moment)
 * @param first earliest publication date, or null if no article is dated
 * @param last latest publication date, or null
 * @param mergedInto for a story merged into another (an article showed both to be one), the story
 *     that took its events and articles; null otherwise. A merged story keeps its id, title and
 *     span, and no events or articles, so that links to it can still be followed.
 * @param mergedBy the article whose arrival merged it, or null
 */
public record Story(
    String id,
    String title,
    List<String> eventIds,
    List<String> articleIds,
    PublishedDate first,
    PublishedDate last,
    String mergedInto,
    String mergedBy) {

  public Story {
    eventIds = List.copyOf(eventIds);
    articleIds = List.copyOf(articleIds);
  }

  /** A story that stands on its own (not merged into another). */
  public Story(
      String id,
      String title,
      List<String> eventIds,
      List<String> articleIds,
      PublishedDate first,
      PublishedDate last) {
    this(id, title, eventIds, articleIds, first, last, null, null);
  }

  /** Whether this story was merged into another, which now holds its events and articles. */
  public boolean merged() {
    return mergedInto != null;
  }
}
