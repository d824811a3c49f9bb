package org.trame.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the story stage put an article, and why.
 *
 * @param storyId the story joined, or null for a new story
 * @param eventId the event joined, or null for a new event
 * @param score the probability (or similarity) that decided it: of the story joined, or of the best
 *     story turned down when a new one was started
 * @param nearestArticle the article that decided it, or null
 * @param runnerUpStory the next best story, or null
 * @param runnerUpScore its score, or 0
 * @param stories the candidate stories weighed, best first, with their evidence (may be empty)
 * @param events the candidate events weighed inside the story joined, best first (may be empty)
 * @param merged other candidate stories found probable enough to be the same story as the one
 *     joined: the article bridges them, and they are merged into it (empty, most often)
 */
public record Assignment(
    String storyId,
    String eventId,
    double score,
    String nearestArticle,
    String runnerUpStory,
    double runnerUpScore,
    List<Candidate> stories,
    List<Candidate> events,
    List<String> merged) {

  public Assignment {
    stories = stories == null ? List.of() : List.copyOf(stories);
    events = events == null ? List.of() : List.copyOf(events);
    merged = merged == null ? List.of() : List.copyOf(merged);
  }

  public Assignment(
      String storyId,
      String eventId,
      double score,
      String nearestArticle,
      String runnerUpStory,
      double runnerUpScore,
      List<Candidate> stories,
      List<Candidate> events) {
    this(
        storyId,
        eventId,
        score,
        nearestArticle,
        runnerUpStory,
        runnerUpScore,
        stories,
        events,
        null);
  }

  public Assignment(
      String storyId,
      String eventId,
      double score,
      String nearestArticle,
      String runnerUpStory,
      double runnerUpScore) {
    this(storyId, eventId, score, nearestArticle, runnerUpStory, runnerUpScore, null, null);
  }

  public static Assignment newStory(double bestRefused, String refusedArticle) {
    return new Assignment(null, null, bestRefused, refusedArticle, null, 0);
  }

  /**
   * A cluster weighed for an article.
   *
   * @param id the story or event
   * @param probability the model's probability that the article belongs to it
   * @param features the evidence, by feature name ({@link LinkFeatures#NAMES}, the constant left
   *     out)
   */
  public record Candidate(String id, double probability, Map<String, Double> features) {

    public Candidate {
      features = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    /** The same candidate with one more named piece of evidence. */
    Candidate with(String name, double value) {
      Map<String, Double> more = new LinkedHashMap<>(features);
      more.put(name, value);
      return new Candidate(id, probability, more);
    }

    static Candidate of(String id, double probability, double[] vector) {
      Map<String, Double> named = new LinkedHashMap<>();
      for (int i = 1; i < vector.length; i++) {
        named.put(LinkFeatures.NAMES.get(i), Math.round(vector[i] * 10_000) / 10_000.0);
      }
      return new Candidate(id, Math.round(probability * 10_000) / 10_000.0, named);
    }
  }
}
