package org.trame.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.article.PublishedDate;

/**
 * A would-be timeline entry as it passes from stage to stage.
 *
 * @param date when, at its precision
 * @param text the short text shown for it
 * @param sources the supporting articles, in the order they were found
 * @param announcers those of the sources that said it before the date it names
 * @param eventId the event it stands for, or null for a statement
 * @param kind event or statement
 * @param terms its content words with their counts, to compare it with others
 */
record Candidate(
    PublishedDate date,
    String text,
    List<String> sources,
    Set<String> announcers,
    String eventId,
    TimelineEntry.Kind kind,
    Map<String, Integer> terms) {

  Candidate {
    sources = List.copyOf(sources);
    announcers = Set.copyOf(announcers);
    terms = Map.copyOf(terms);
  }

  /** The date as a key: two candidates on the same period at the same precision share it. */
  String dateKey() {
    return TimelineDates.label(date);
  }
}
