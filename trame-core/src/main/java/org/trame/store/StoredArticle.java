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
 * @param duplicateSimilarity for a copy, the estimated resemblance that linked it (1.0 for an exact
 *     copy); 0 for an original
 */
public record StoredArticle(
    Article article,
    Analysis analysis,
    String duplicateOf,
    String storyId,
    String eventId,
    org.trame.story.Assignment assignment,
    double duplicateSimilarity) {

  public StoredArticle {
    if (duplicateOf == null) {
      duplicateSimilarity = 0;
    } else if (duplicateSimilarity <= 0) {
      // stored before near-copies were found (the field is missing): copies were exact then
      duplicateSimilarity = 1.0;
    } else if (duplicateSimilarity > 1) {
      throw new IllegalArgumentException("a similarity is at most 1: " + duplicateSimilarity);
    }
  }

  /** An original, or an exact copy when {@code duplicateOf} is given. */
  public StoredArticle(
      Article article,
      Analysis analysis,
      String duplicateOf,
      String storyId,
      String eventId,
      org.trame.story.Assignment assignment) {
    this(article, analysis, duplicateOf, storyId, eventId, assignment, duplicateOf == null ? 0 : 1);
  }

  public String id() {
    return article.id();
  }

  /** This article moved to another story (its story was merged into that one). */
  public StoredArticle inStory(String newStoryId) {
    return newStoryId.equals(storyId)
        ? this
        : new StoredArticle(
            article, analysis, duplicateOf, newStoryId, eventId, assignment, duplicateSimilarity);
  }

  public boolean duplicate() {
    return duplicateOf != null;
  }
}
