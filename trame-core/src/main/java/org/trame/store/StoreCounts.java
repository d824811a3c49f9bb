package org.trame.store;

/** How much a store holds. */
public record StoreCounts(long articles, long duplicates, long events, long stories) {}
