package org.trame.eval.clustering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.eval.data.LabelledArticles.Labelled;
import org.trame.story.LinkFeatures;
import org.trame.story.LinkModel;
import org.trame.story.StoryEngine;
import org.trame.story.Teacher;

/**
 * Learns the story engine's link models from labelled sets: each set is fed through the real
 * pipeline with a {@link StoryEngine#training} engine, which places articles where the gold says
 * and reports every candidate it weighs; a logistic regression is fitted per level on those
 * examples, each set weighing the same. Between rounds the joining threshold is the one that takes
 * the most right decisions between "join the best candidate" and "start a new cluster"; at the end
 * it is chosen by the B-cubed F1 of real runs ({@link #tuneThresholds}).
 */
public final class StoryModelTrainer {

  /** The levels the engine decides, each with its own model. */
  public static final List<String> LEVELS = List.of("story", "event");

  /** A named labelled set, already in the order to feed it. */
  public record TrainingSet(String name, List<Labelled> articles) {}

  /** One weighed candidate. */
  public record Example(
      String set, String level, String articleId, double[] features, boolean belongs) {}

  /** The models learned and how often their join-or-start decision is right on the examples. */
  public record Trained(Map<String, LinkModel> models, Map<String, Double> decisionAccuracy) {}

  private static final double L2 = 0.05;

  private StoryModelTrainer() {}

  /** The examples of one set, from a fresh store in {@code workDir}. */
  public static List<Example> collect(TrainingSet set, Path workDir) throws IOException {
    return collect(set, workDir, null);
  }

  /**
   * The examples of one set: on the gold path when {@code models} is null, else met while deciding
   * with those models.
   */
  public static List<Example> collect(TrainingSet set, Path workDir, Map<String, LinkModel> models)
      throws IOException {
    Map<String, Labelled> byId = new HashMap<>();
    set.articles().forEach(l -> byId.put(l.article().id(), l));
    List<Example> examples = new ArrayList<>();
    Teacher teacher =
        new Teacher() {
          @Override
          public String label(String level, String articleId) {
            Labelled l = byId.get(articleId);
            if (l == null) {
              return null;
            }
            return level.equals("story") ? l.story() : l.event();
          }

          @Override
          public void example(String level, String articleId, double[] features, boolean belongs) {
            examples.add(new Example(set.name(), level, articleId, features.clone(), belongs));
          }
        };
    Trame.Options options =
        Trame.Options.defaults()
            .withStoryAssigner(store ->
                models == null
                    ? StoryEngine.training(store, teacher)
                    : StoryEngine.practising(
                        store, models.get("story"), models.get("event"), teacher));
    try (Trame trame = Trame.open(workDir, options)) {
      trame.ingest(set.articles().stream().map(Labelled::article).toList(), IngestListener.NONE);
    }
    return examples;
  }

  /**
   * Learns in rounds: the first on the gold path, each next one deciding with the models learned so
   * far and adding the examples it meets to the pool (as DAgger does), so that the models learn
   * from the mistakes they lead to, clusters that grew impure included.
   *
   * @param progress told of each round
   */
  public static Trained learn(
      List<TrainingSet> sets, int rounds, java.util.function.Consumer<String> progress)
      throws IOException {
    return learn(sets, rounds, java.util.Set.of(), progress);
  }

  /** As {@link #learn}, the features in {@code leftOut} kept at weight 0. */
  public static Trained learn(
      List<TrainingSet> sets,
      int rounds,
      java.util.Set<String> leftOut,
      java.util.function.Consumer<String> progress)
      throws IOException {
    List<Example> pool = new ArrayList<>();
    Trained trained = null;
    for (int round = 0; round < rounds; round++) {
      Map<String, LinkModel> models = trained == null ? null : withShipped(trained.models());
      for (TrainingSet set : sets) {
        Path work = java.nio.file.Files.createTempDirectory("trame-train-");
        try {
          List<Example> found = collect(set, work, models);
          if (models == null) {
            progress.accept(
                String.format(
                    java.util.Locale.ROOT,
                    "%s: gold story among the candidates for %.3f of the articles that have one",
                    set.name(),
                    reachable(set, found)));
          }
          pool.addAll(found);
        } finally {
          deleteTree(work);
        }
      }
      trained = train(pool, leftOut);
      progress.accept(
          "round "
              + (round + 1)
              + ": "
              + pool.size()
              + " examples, right decisions "
              + trained.decisionAccuracy());
    }
    return tuneThresholds(sets, trained, progress);
  }

  private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6};

  /** Merge probabilities tried, the last never merging. */
  private static final double[] MERGES = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9, LinkModel.NEVER};

  /**
   * Picks each level's joining threshold by the mean B-cubed F1 of real runs over the sets (the
   * story level first, then the event level under it): one wrong "join" can merge two whole
   * clusters, so the share of right decisions is a poor guide to it. Then the story level's merge
   * probability ({@link LinkModel#merge}), the same way, with the thresholds chosen.
   */
  static Trained tuneThresholds(
      List<TrainingSet> sets, Trained trained, java.util.function.Consumer<String> progress)
      throws IOException {
    Map<String, LinkModel> models = withShipped(trained.models());
    for (String level : LEVELS) {
      if (!trained.models().containsKey(level)) {
        continue;
      }
      LinkModel model = models.get(level);
      double best =
          bestOnGrid(
              sets,
              models,
              level,
              "threshold",
              THRESHOLDS,
              t -> new LinkModel(model.weights(), t),
              model.threshold(),
              progress);
      models.put(level, new LinkModel(model.weights(), best));
    }
    if (trained.models().containsKey("story")) {
      LinkModel story = models.get("story");
      double merge =
          bestOnGrid(
              sets,
              models,
              "story",
              "merge",
              MERGES,
              story::mergingFrom,
              LinkModel.NEVER,
              progress);
      models.put("story", story.mergingFrom(merge));
    }
    Map<String, LinkModel> tuned = new LinkedHashMap<>();
    trained.models().keySet().forEach(level -> tuned.put(level, models.get(level)));
    return new Trained(tuned, trained.decisionAccuracy());
  }

  /**
   * The value of {@code grid} whose model ({@code variant}) gives the best mean F1 at {@code level}
   * over the sets, each value judged with its neighbours on the grid: the middle of the best
   * plateau, not its noisiest point.
   */
  private static double bestOnGrid(
      List<TrainingSet> sets,
      Map<String, LinkModel> models,
      String level,
      String what,
      double[] grid,
      java.util.function.DoubleFunction<LinkModel> variant,
      double fallback,
      java.util.function.Consumer<String> progress)
      throws IOException {
    ClusteringEvaluation.Level scored =
        level.equals("story") ? ClusteringEvaluation.Level.STORY : ClusteringEvaluation.Level.EVENT;
    double[] f1s = new double[grid.length];
    for (int k = 0; k < grid.length; k++) {
      Map<String, LinkModel> trial = new LinkedHashMap<>(models);
      trial.put(level, variant.apply(grid[k]));
      double sum = 0;
      int n = 0;
      for (TrainingSet set : sets) {
        Path work = java.nio.file.Files.createTempDirectory("trame-train-");
        try {
          BCubed.Score s =
              ClusteringEvaluation.runLevels(
                      set.articles(),
                      work,
                      Trame.Options.defaults()
                          .withStoryAssigner(store -> StoryEngine.with(store, trial)))
                  .get(scored);
          if (s != null) {
            sum += s.f1();
            n++;
          }
        } finally {
          deleteTree(work);
        }
      }
      f1s[k] = n == 0 ? 0 : sum / n;
      progress.accept(
          String.format(
              java.util.Locale.ROOT, "%s %s %.2f: mean F1 %.4f", level, what, grid[k], f1s[k]));
    }
    double best = fallback;
    double bestSmoothed = -1;
    for (int k = 0; k < f1s.length; k++) {
      double sum = 0;
      int n = 0;
      for (int j = Math.max(0, k - 1); j <= Math.min(f1s.length - 1, k + 1); j++) {
        sum += f1s[j];
        n++;
      }
      if (sum / n > bestSmoothed + 1e-9) {
        bestSmoothed = sum / n;
        best = grid[k];
      }
    }
    return best;
  }

  /** The shipped models, with {@code learned} in place of those of its levels. */
  private static Map<String, LinkModel> withShipped(Map<String, LinkModel> learned) {
    Map<String, LinkModel> all = new LinkedHashMap<>(LinkModel.standard());
    all.putAll(learned);
    return all;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The share of a set's articles whose gold story had started before them and was among the
   * candidates weighed, on the gold path: what retrieval lets the model reach.
   */
  public static double reachable(TrainingSet set, List<Example> goldPath) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<String> reached = new java.util.HashSet<>();
    goldPath.stream()
        .filter(e -> e.level().equals("story") && e.belongs())
        .forEach(e -> reached.add(e.articleId()));
    int started = 0;
    int found = 0;
    for (Labelled l : set.articles()) {
      if (l.story() == null) {
        continue;
      }
      if (seen.contains(l.story())) {
        started++;
        found += reached.contains(l.article().id()) ? 1 : 0;
      }
      seen.add(l.story());
    }
    return started == 0 ? 1 : found / (double) started;
  }

  /** Fits one model per level on {@code examples}. */
  public static Trained train(List<Example> examples) {
    return train(examples, java.util.Set.of());
  }

  /** As {@link #train}, the features in {@code leftOut} kept at weight 0. */
  public static Trained train(List<Example> examples, java.util.Set<String> leftOut) {
    boolean[] off = new boolean[LinkFeatures.NAMES.size()];
    leftOut.forEach(name -> {
      int i = LinkFeatures.NAMES.indexOf(name);
      if (i <= 0) {
        throw new IllegalArgumentException("no feature '" + name + "' to leave out");
      }
      off[i] = true;
    });
    Map<String, LinkModel> models = new LinkedHashMap<>();
    Map<String, Double> accuracy = new LinkedHashMap<>();
    for (String level : LEVELS) {
      List<Example> rows = examples.stream().filter(e -> e.level().equals(level)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      Map<String, Integer> perSet = new HashMap<>();
      rows.forEach(e -> perSet.merge(e.set(), 1, Integer::sum));
      double sets = perSet.size();
      double[] w =
          LogisticRegression.fit(
              rows.stream()
                  .map(e -> {
                    double[] x = e.features().clone();
                    for (int i = 0; i < x.length; i++) {
                      x[i] = off[i] ? 0 : x[i];
                    }
                    return x;
                  })
                  .toList(),
              rows.stream().map(Example::belongs).toList(),
              rows.stream().map(e -> rows.size() / sets / perSet.get(e.set())).toList(),
              L2);
      LinkModel unthresholded = new LinkModel(w, 0.5);
      double best = 0.5;
      double bestAccuracy = -1;
      for (int t = 5; t <= 95; t++) {
        double a = decisionAccuracy(rows, unthresholded, t / 100.0);
        if (a > bestAccuracy + 1e-12) {
          bestAccuracy = a;
          best = t / 100.0;
        }
      }
      models.put(level, new LinkModel(w, best));
      accuracy.put(level, bestAccuracy);
    }
    return new Trained(models, accuracy);
  }

  /**
   * The share of decisions, each set weighing the same, that are right at {@code threshold}:
   * joining the most probable candidate when it is the article's cluster, starting a new one when
   * no candidate is.
   */
  static double decisionAccuracy(List<Example> rows, LinkModel model, double threshold) {
    Map<String, double[]> decisions = new LinkedHashMap<>(); // best p, best belongs, any belongs
    for (Example e : rows) {
      double p = model.probability(e.features());
      double[] d =
          decisions.computeIfAbsent(e.set() + "\t" + e.articleId(), k -> new double[] {-1, 0, 0});
      if (p > d[0]) {
        d[0] = p;
        d[1] = e.belongs() ? 1 : 0;
      }
      if (e.belongs()) {
        d[2] = 1;
      }
    }
    Map<String, double[]> perSet = new HashMap<>(); // right, all
    decisions.forEach((key, d) -> {
      boolean right = d[0] >= threshold ? d[1] == 1 : d[2] == 0;
      double[] c = perSet.computeIfAbsent(key.substring(0, key.indexOf('\t')), k -> new double[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
    });
    return perSet.values().stream().mapToDouble(c -> c[0] / c[1]).average().orElse(0);
  }

  /** The models in the resource format {@link LinkModel#read} reads. */
  public static String write(Map<String, LinkModel> models, String header) {
    StringBuilder out = new StringBuilder();
    header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
    models.forEach((level, m) -> out.append(m.write(level)));
    return out.toString();
  }
}
