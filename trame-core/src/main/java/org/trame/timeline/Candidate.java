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
 * @param said the sentences of the articles that tell it (none for an event's headline)
 */
record Candidate(
    PublishedDate date,
    String text,
    List<String> sources,
    Set<String> announcers,
    String eventId,
    TimelineEntry.Kind kind,
    Map<String, Integer> terms,
    Set<Said> said) {

  Candidate {
    sources = List.copyOf(sources);
    announcers = Set.copyOf(announcers);
    terms = Map.copyOf(terms);
    said = Set.copyOf(said);
  }

  /**
   * Where a statement was read: the article, the sentence's start in its full text, and the date
   * phrase's start, so that one sentence naming several dates can be recognized as one.
   *
   * @param opens whether the date phrase opens the sentence ("En juillet 2020, la NASA…"): the
   *     sentence then tells what happened at that date
   * @param text the statement made of it for that date
   */
  record Said(String article, int sentence, int at, boolean opens, String text) {

    /** The sentence itself, whatever date of it is meant. */
    String sentenceKey() {
      return article + "#" + sentence;
    }
  }

  /**
   * The sentences it tells, as keys ({@link Said#sentenceKey}): an event's headline, read from no
   * sentence, is keyed by its text.
   */
  Set<String> sentences() {
    if (said.isEmpty()) {
      return Set.of("headline#" + text);
    }
    Set<String> keys = new java.util.HashSet<>();
    said.forEach(s -> keys.add(s.sentenceKey()));
    return keys;
  }

  /** The date as a key: two candidates on the same period at the same precision share it. */
  String dateKey() {
    return TimelineDates.label(date);
  }
}
