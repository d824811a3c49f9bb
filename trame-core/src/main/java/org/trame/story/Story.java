package org.trame.story;

import java.util.List;
import org.trame.article.PublishedDate;

/**
 * A chain of events about one subject, over days or years.
 *
 * @param id stable id ({@code s-…})
 * @param title a readable label (a representative headline)
 * @param eventIds its events, in the order they were created
 * @param articleIds all its articles, in the order they joined
 * @param first earliest publication date, or null if no article is dated
 * @param last latest publication date, or null
 */
public record Story(
    String id,
    String title,
    List<String> eventIds,
    List<String> articleIds,
    PublishedDate first,
    PublishedDate last) {

  public Story {
    eventIds = List.copyOf(eventIds);
    articleIds = List.copyOf(articleIds);
  }
}
