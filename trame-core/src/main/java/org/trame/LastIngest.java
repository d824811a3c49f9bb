package org.trame;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the latest ingest into a store did, as of its latest commit: written into the store with
 * each commit, so that it always describes what the store holds.
 *
 * @param started when the ingest began
 * @param committed when it last committed
 * @param finished whether it ran to its end; false when it was stopped (killed, crashed) after that
 *     commit, or is still running
 * @param stored new articles stored and committed (copies included)
 * @param duplicates of those, copies of an article stored earlier
 * @param unchanged articles found already stored, skipped
 * @param rejectedByKind inputs or parts of inputs not stored, counted by kind of problem
 */
public record LastIngest(
    Instant started,
    Instant committed,
    boolean finished,
    long stored,
    long duplicates,
    long unchanged,
    Map<String, Long> rejectedByKind) {

  /** The name of the store state that holds it. */
  public static final String STATE = "last-ingest";

  public LastIngest {
    rejectedByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByKind));
  }

  public long rejected() {
    return rejectedByKind.values().stream().mapToLong(Long::longValue).sum();
  }
}
