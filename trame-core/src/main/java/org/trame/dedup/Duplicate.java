package org.trame.dedup;

/**
 * What the dedup stage found: the original an article copies.
 *
 * @param originalId the root original (never itself a copy)
 * @param similarity the estimated resemblance that decided it, 1.0 for an exact copy
 */
public record Duplicate(String originalId, double similarity) {}
