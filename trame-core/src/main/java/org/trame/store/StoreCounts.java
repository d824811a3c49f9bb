package org.trame.store;

import java.time.Instant;

/**
 * How much a store holds.
 *
 * @param lastIngest when an ingest last committed to it, or null for an empty store
 */
public record StoreCounts(
    long articles, long duplicates, long events, long stories, Instant lastIngest) {}
