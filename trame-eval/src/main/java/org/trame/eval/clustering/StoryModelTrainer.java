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
import org.trame.story.LinkModel;
import org.trame.story.StoryEngine;
import org.trame.story.Teacher;

/**
 * Learns the story engine's link models from labelled sets: each set is fed through the real
 * pipeline with a {@link StoryEngine#training} engine, which places articles where the gold says
 * and reports every candidate it weighs; a logistic regression is fitted per level on those
 * examples, each set weighing the same; the joining threshold is the one that takes the most right
 * decisions between "join the best candidate" and "start a new cluster".
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
   * @param shipped models for a level no set has labels for
   * @param progress told of each round
   */
  public static Trained learn(
      List<TrainingSet> sets,
      int rounds,
      Map<String, LinkModel> shipped,
      java.util.function.Consumer<String> progress)
      throws IOException {
    List<Example> pool = new ArrayList<>();
    Trained trained = null;
    for (int round = 0; round < rounds; round++) {
      Map<String, LinkModel> models = null;
      if (trained != null) {
        models = new LinkedHashMap<>(shipped);
        models.putAll(trained.models());
      }
      for (TrainingSet set : sets) {
        Path work = java.nio.file.Files.createTempDirectory("trame-train-");
        try {
          pool.addAll(collect(set, work, models));
        } finally {
          deleteTree(work);
        }
      }
      trained = train(pool);
      progress.accept(
          "round "
              + (round + 1)
              + ": "
              + pool.size()
              + " examples, right decisions "
              + trained.decisionAccuracy());
    }
    return trained;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  /** Fits one model per level on {@code examples}. */
  public static Trained train(List<Example> examples) {
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
              rows.stream().map(Example::features).toList(),
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
