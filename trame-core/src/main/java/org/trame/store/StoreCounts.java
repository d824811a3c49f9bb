package org.trame.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much a store holds.
 *
 * @param stories the stories that stand on their own
 * @param lastIngest when an ingest last committed to it, or null for an empty store
 * @param languages articles by language code ({@code und}: not told), in code order
 * @param mergedStories the stories merged into others since they were made (their ids stay taken)
 */
public record StoreCounts(
    long articles,
    long duplicates,
    long events,
    long stories,
    Instant lastIngest,
    Map<String, LanguageCount> languages,
    long mergedStories) {

  public StoreCounts {
    languages = java.util.Collections.unmodifiableMap(new TreeMap<>(languages));
  }

  public StoreCounts(
      long articles,
      long duplicates,
      long events,
      long stories,
      Instant lastIngest,
      Map<String, LanguageCount> languages) {
    this(articles, duplicates, events, stories, lastIngest, languages, 0);
  }

  /**
   * The articles in one language.
   *
   * @param unsupported of those, how many were stored while trame was not set to process it
   */
  public record LanguageCount(long articles, long unsupported) {}
}
