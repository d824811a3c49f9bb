package org.trame.search;

import java.util.List;
import org.trame.story.Story;

/**
 * A page of listed stories.
 *
 * @param query what was asked
 * @param total stories that pass the query's filters, over all pages
 * @param stories the page, in the query's order
 */
public record StoryPage(StoryQuery query, long total, List<Story> stories) {
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
