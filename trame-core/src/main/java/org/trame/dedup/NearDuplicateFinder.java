package org.trame.dedup;

import java.util.List;
import java.util.Optional;
import org.trame.article.Article;
import org.trame.store.Store;

/**
 * Exact copies first (a fingerprint lookup, similarity 1.0), then near-copies: the stored articles
 * that share an LSH band with the new one, of which the most similar at or above the threshold
 * wins. A copy of a copy is linked to the root original, with its resemblance to the nearest member
 * of that original's group.
 */
public final class NearDuplicateFinder implements DuplicateFinder {

  /**
   * Estimated Jaccard resemblance of word-pair shingles from which an article is a copy; chosen by
   * the threshold sweep of {@code trame eval duplicates} (docs/architecture.md): the lowest
   * threshold at which no unrelated real article was linked among the made copies.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** How many candidates are scored: a fixed bound, so the cost does not grow with the store. */
  public static final int CANDIDATES = 16;

  private final Store store;
  private final double threshold;

  public NearDuplicateFinder(Store store, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "the near-duplicate threshold must be in (0, 1], not " + threshold);
    }
    this.store = store;
    this.threshold = threshold;
  }

  @Override
  public Optional<Duplicate> originalOf(Article article) {
    Optional<String> exact = store.originalWithFingerprint(article.contentHash());
    if (exact.isPresent()) {
      return Optional.of(new Duplicate(exact.get(), 1.0));
    }
    return best(store.copyCandidates(article, CANDIDATES), threshold);
  }

  /** The most similar candidate at or above {@code threshold}, as a link to its root original. */
  public static Optional<Duplicate> best(List<CopyCandidate> candidates, double threshold) {
    CopyCandidate best = null;
    for (CopyCandidate c : candidates) {
      if (c.similarity() >= threshold
          && (best == null
              || c.similarity() > best.similarity()
              || (c.similarity() == best.similarity()
                  && c.articleId().compareTo(best.articleId()) < 0))) {
        best = c;
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new Duplicate(best.originalId(), best.similarity()));
  }
}
