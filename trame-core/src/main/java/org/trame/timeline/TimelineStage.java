package org.trame.timeline;

import java.util.List;
import java.util.Map;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

/**
 * One step of the timeline chain, in the manner of a Lucene token filter: it takes the candidates
 * so far and gives the candidates after it, so that stages can be added, removed or replaced one by
 * one ({@link StoryTimeline}).
 */
@FunctionalInterface
interface TimelineStage {

  /** What a story's timeline is made from: its visible events and articles. */
  record Material(List<Event> events, Map<String, StoredArticle> articles) {}

  List<Candidate> apply(List<Candidate> candidates, Material material);
}
