package org.trame.dedup;

/**
 * A stored article that may be copied by a new one: it shares an LSH band with it.
 *
 * @param articleId the stored article
 * @param originalId its root original: itself, or the original it copies
 * @param similarity estimated Jaccard resemblance of the two texts' shingles
 */
public record CopyCandidate(String articleId, String originalId, double similarity) {}
