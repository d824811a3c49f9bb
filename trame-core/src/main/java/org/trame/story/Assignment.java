package org.trame.story;

/**
 * Where the story stage put an article, and why.
 *
 * @param storyId the story joined, or null for a new story
 * @param eventId the event joined, or null for a new event
 * @param score the similarity that decided it (to the nearest article of the story joined, or of
 *     the best story turned down when a new one was started)
 * @param nearestArticle the article that decided it, or null
 * @param runnerUpStory the next best story, or null
 * @param runnerUpScore its score, or 0
 */
public record Assignment(
    String storyId,
    String eventId,
    double score,
    String nearestArticle,
    String runnerUpStory,
    double runnerUpScore) {

  public static Assignment newStory(double bestRefused, String refusedArticle) {
    return new Assignment(null, null, bestRefused, refusedArticle, null, 0);
  }
}
