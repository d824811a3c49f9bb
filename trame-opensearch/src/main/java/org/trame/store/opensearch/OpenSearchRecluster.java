package org.trame.store.opensearch;

import org.trame.Recluster;
import org.trame.Trame;

/**
 * {@link Recluster} for an OpenSearch store. OpenSearch cannot rename an index, so the new
 * assignment is built as the store's next generation of articles and clusters indices (a store of
 * its own, under {@code PREFIX-genN}), and the store switches to it in one write of its commit
 * record once it is complete: an interrupted recluster leaves the store as it was, and the next one
 * removes what it left.
 */
public final class OpenSearchRecluster {

  private OpenSearchRecluster() {}

  /** Reclusters the store at {@code address}; it waits for no writer, and stops any other. */
  public static Recluster.Report run(
      OpenSearchAddress address, Trame.Options options, Recluster.Progress progress) {
    try (OpenSearchStore old = OpenSearchStore.openForWriting(address)) {
      long next = old.generation() + 1;
      old.dropUnfinishedGeneration(next);
      OpenSearchAddress builder =
          new OpenSearchAddress(
              address.hosts(),
              address.https(),
              address.user(),
              address.password(),
              Indices.generationPrefix(address.prefix(), next),
              old.articleShards(),
              address.ca());
      Recluster.Report report;
      long batch;
      try (OpenSearchStore fresh = OpenSearchStore.openForWriting(builder)) {
        fresh.markAsReclusterOf(address.prefix());
        report = Recluster.replay(old, fresh, options, progress);
        batch = fresh.committedBatch();
      }
      old.switchTo(next, batch);
      return report;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
