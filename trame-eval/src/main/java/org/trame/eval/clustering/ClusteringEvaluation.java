package org.trame.eval.clustering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trame.IngestListener;
import org.trame.Recluster;
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
    return run(articles, level, workDir, options, false);
  }

  /** With settings of the caller's, optionally reclustered after the ingest. */
  public static BCubed.Score run(
      List<Labelled> articles, Level level, Path workDir, Trame.Options options, boolean recluster)
      throws IOException {
    BCubed.Score score = runLevels(articles, workDir, options, recluster).get(level);
    if (score == null) {
      throw new IllegalArgumentException(
          "the file has no gold '" + level.name().toLowerCase(java.util.Locale.ROOT) + "' labels");
    }
    return score;
  }

  /** One run scored at each level the set has gold labels for. */
  public static Map<Level, BCubed.Score> runLevels(
      List<Labelled> articles, Path workDir, Trame.Options options) throws IOException {
    return runLevels(articles, workDir, options, false);
  }

  /**
   * One run scored at each level; with {@code recluster}, the store is reclustered in date order
   * after the online ingest, and that is what is scored.
   */
  public static Map<Level, BCubed.Score> runLevels(
      List<Labelled> articles, Path workDir, Trame.Options options, boolean recluster)
      throws IOException {
    try (Trame trame = Trame.open(workDir, options)) {
      trame.ingest(articles.stream().map(Labelled::article).toList(), IngestListener.NONE);
    }
    if (recluster) {
      Trame.recluster(workDir, options, Recluster.Progress.NONE);
    }
    try (Trame trame = Trame.openReadOnly(workDir)) {
      return score(articles, trame);
    }
  }

  /** Opens a store to ingest into: another backend, another number of workers. */
  public interface Opener {
    Trame open() throws IOException;
  }

  /**
   * One run into the (empty) store {@code opener} opens, scored at each level, read back from it.
   */
  public static Map<Level, BCubed.Score> runLevels(List<Labelled> articles, Opener opener)
      throws IOException {
    try (Trame trame = opener.open()) {
      trame.ingest(articles.stream().map(Labelled::article).toList(), IngestListener.NONE);
      return score(articles, trame);
    }
  }

  /**
   * {@code writers} writers at once, each opened by {@code writer} over one shared store, article
   * {@code i} going to writer {@code i % writers}; scored from the store {@code reader} opens once
   * all are done.
   */
  public static Map<Level, BCubed.Score> runLevelsShared(
      List<Labelled> articles, int writers, Opener writer, Opener reader) throws IOException {
    List<List<org.trame.article.RawArticle>> shares = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      shares.add(new java.util.ArrayList<>());
    }
    for (int i = 0; i < articles.size(); i++) {
      shares.get(i % writers).add(articles.get(i).article());
    }
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (List<org.trame.article.RawArticle> share : shares) {
        done.add(
            threads.submit(() -> {
              try (Trame trame = writer.open()) {
                trame.ingest(share, IngestListener.NONE);
              }
              return null;
            }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    } finally {
      threads.shutdownNow();
    }
    try (Trame trame = reader.open()) {
      return score(articles, trame);
    }
  }

  private static Map<Level, BCubed.Score> score(List<Labelled> articles, Trame trame) {
    Map<Level, Map<String, String>> gold = new java.util.EnumMap<>(Level.class);
    for (Labelled l : articles) {
      for (Level level : Level.values()) {
        String label = level == Level.STORY ? l.story() : l.event();
        if (label != null) {
          gold.computeIfAbsent(level, k -> new HashMap<>()).put(l.article().id(), label);
        }
      }
    }
    Map<Level, Map<String, String>> predicted = new java.util.EnumMap<>(Level.class);
    for (StoredArticle a :
        trame.stories().stream()
            .flatMap(s -> trame.story(s.id(), null).orElseThrow().articles().stream())
            .toList()) {
      predicted.computeIfAbsent(Level.STORY, k -> new HashMap<>()).put(a.id(), a.storyId());
      predicted.computeIfAbsent(Level.EVENT, k -> new HashMap<>()).put(a.id(), a.eventId());
    }
    Map<Level, BCubed.Score> scores = new java.util.EnumMap<>(Level.class);
    gold.forEach((level, labels) ->
        scores.put(level, BCubed.score(predicted.getOrDefault(level, Map.of()), labels)));
    return scores;
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
