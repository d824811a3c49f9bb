package org.trame.store;

import org.trame.analysis.Analysis;
import org.trame.article.Article;

/**
 * An article with everything the pipeline decided about it.
 *
 * @param article the cleaned article
 * @param analysis its entities and times
 * @param duplicateOf the id of the original it copies, or null
 * @param storyId its story
 * @param eventId its event
 * @param assignment why it is in that story (null for duplicates, which follow their original)
 */
public record StoredArticle(
    Article article,
    Analysis analysis,
    String duplicateOf,
    String storyId,
    String eventId,
    org.trame.story.Assignment assignment) {

  public String id() {
    return article.id();
  }

  public boolean duplicate() {
    return duplicateOf != null;
  }
}
