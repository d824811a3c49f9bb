package org.trame.story;

import java.util.List;
import org.trame.article.PublishedDate;

/**
 * One happening, reported by one or more articles in a short span.
 *
 * @param id stable id ({@code e-…})
 * @param storyId the story it belongs to
 * @param title a representative headline
 * @param articleIds its articles, in the order they joined
 * @param first earliest publication date of its articles, or null if none is dated
 * @param last latest publication date, or null
 */
public record Event(
    String id,
    String storyId,
    String title,
    List<String> articleIds,
    PublishedDate first,
    PublishedDate last) {

  public Event {
    articleIds = List.copyOf(articleIds);
  }
}
