package org.trame.eval.clustering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.eval.data.LabelledArticles;
import org.trame.eval.data.LabelledArticles.Labelled;
import org.trame.store.StoredArticle;

/**
 * Feeds a labelled set through the whole pipeline, online, into a fresh store, and scores the
 * stories (or events) it made against the gold labels with B-cubed.
 */
public final class ClusteringEvaluation {

  /** Which gold label to score against. */
  public enum Level {
    STORY,
    EVENT
  }

  private ClusteringEvaluation() {}

  /**
   * @param articles the set, already in the order to feed it
   * @param workDir an empty directory for the store
   */
  public static BCubed.Score run(List<Labelled> articles, Level level, Path workDir)
      throws IOException {
    return run(articles, level, workDir, Trame.Options.defaults());
  }

  /** With settings of the caller's (another story engine, say). */
  public static BCubed.Score run(
      List<Labelled> articles, Level level, Path workDir, Trame.Options options)
      throws IOException {
    Map<String, String> gold = new HashMap<>();
    for (Labelled l : articles) {
      String label = level == Level.STORY ? l.story() : l.event();
      if (label != null) {
        gold.put(l.article().id(), label);
      }
    }
    if (gold.isEmpty()) {
      throw new IllegalArgumentException(
          "the file has no gold '" + level.name().toLowerCase(java.util.Locale.ROOT) + "' labels");
    }
    Map<String, String> predicted = new HashMap<>();
    try (Trame trame = Trame.open(workDir, options)) {
      trame.ingest(articles.stream().map(Labelled::article).toList(), IngestListener.NONE);
      for (StoredArticle a :
          trame.stories().stream()
              .flatMap(s -> trame.story(s.id(), null).orElseThrow().articles().stream())
              .toList()) {
        predicted.put(a.id(), level == Level.STORY ? a.storyId() : a.eventId());
      }
    }
    return BCubed.score(predicted, gold);
  }

  /** Convenience for callers holding a file. */
  public static BCubed.Score run(
      Path file, Level level, LabelledArticles.Order order, long seed, Path workDir)
      throws IOException {
    return run(
        LabelledArticles.ordered(LabelledArticles.read(file, Integer.MAX_VALUE), order, seed),
        level,
        workDir);
  }
}
