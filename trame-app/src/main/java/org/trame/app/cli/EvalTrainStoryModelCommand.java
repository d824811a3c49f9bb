package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.eval.clustering.BCubed;
import org.trame.eval.clustering.ClusteringEvaluation;
import org.trame.eval.clustering.StoryModelTrainer;
import org.trame.eval.clustering.StoryModelTrainer.TrainingSet;
import org.trame.eval.data.LabelledArticles;
import org.trame.story.LinkFeatures;
import org.trame.story.StoryEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval train-story-model FILE...} */
@Command(
    name = "train-story-model",
    mixinStandardHelpOptions = true,
    description = {
      "Learns the story engine's link models (story and event) from labelled article sets, each"
          + " fed in date order through the real pipeline with the gold placements, and prints"
          + " the weights, thresholds and, with --leave-one-out, each set's B-cubed F1 under"
          + " models learned on the other sets only.",
      "With --write PATH the models are written in the resource format"
          + " (trame-core/src/main/resources/org/trame/story/story-model.tsv)."
    })
final class EvalTrainStoryModelCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Articles JSONL (.jsonl or .jsonl.gz) with gold story (and event) labels, or a folder"
              + " of articles with a gold.tsv inside or beside it (as demo/corpus).")
  List<Path> files;

  @Option(names = "--write", paramLabel = "PATH", description = "Write the models here.")
  Path write;

  @Option(
      names = "--leave-one-out",
      description = "Also score each set with models learned on the others (the honest figure).")
  boolean leaveOneOut;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Also cross-validate: split each set's gold stories into K folds, learn on K-1 of every"
              + " set and score the last, for each fold (as a held-back part of the same sets"
              + " would be scored).")
  int folds;

  @Option(
      names = "--leave-out",
      paramLabel = "FEATURE",
      split = ",",
      description = "Features to keep at weight 0 (to compare feature sets).")
  java.util.Set<String> leaveOut = java.util.Set.of();

  @Option(
      names = "--shuffles",
      paramLabel = "N",
      description =
          "A set without dates is fed in N shuffled orders (default: 2), each a set of its own.")
  int shuffles = 2;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Rounds of learning: the first on the gold path, each next one deciding with the models"
              + " so far and learning from what it meets (default: 3).")
  int rounds = 3;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  /** A story's fold: a hash of its label, so that one story never spans two folds. */
  private int foldOf(String story) {
    return story == null ? 0 : Math.floorMod(story.hashCode() * 0x9E3779B1, folds);
  }

  /**
   * Learns on {@code learn} only and scores each set of {@code test} at every level it has labels
   * for, printing a line and adding a JSON object per score.
   *
   * @param fold the fold's number for the JSON, or 0
   */
  private void scoreHeldOut(
      PrintWriter out,
      ArrayNode scores,
      String title,
      int fold,
      List<TrainingSet> learn,
      List<TrainingSet> test)
      throws IOException {
    StoryModelTrainer.Trained trained =
        StoryModelTrainer.learn(learn, rounds, leaveOut, line -> {});
    Trame.Options options =
        Trame.Options.defaults()
            .withStoryAssigner(store -> StoryEngine.with(store, trained.models()));
    for (TrainingSet held : test) {
      Map<ClusteringEvaluation.Level, BCubed.Score> byLevel;
      try (WorkDirectory work = WorkDirectory.create("trame-train-")) {
        byLevel = ClusteringEvaluation.runLevels(held.articles(), work.path(), options);
      }
      byLevel.forEach((level, s) -> {
        String name = level.name().toLowerCase(Locale.ROOT);
        out.printf(
            Locale.ROOT,
            "%s, %s, %s: B-cubed P %.3f R %.3f F1 %.3f, clusters %d (gold %d)%n",
            title,
            held.name(),
            name,
            s.precision(),
            s.recall(),
            s.f1(),
            s.clusters(),
            s.goldClusters());
        ObjectNode node = scores.addObject();
        if (fold > 0) {
          node.put("fold", fold);
        }
        node.put("set", held.name());
        node.put("level", name);
        node.put("precision", EvalCommand.round(s.precision()));
        node.put("recall", EvalCommand.round(s.recall()));
        node.put("f1", EvalCommand.round(s.f1()));
        node.put("clusters", s.clusters());
        node.put("gold_clusters", s.goldClusters());
      });
      out.flush();
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // each file's sets (a file without dates gives one per shuffle): held out together
    List<List<TrainingSet>> byFile = new ArrayList<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      List<LabelledArticles.Labelled> read =
          Files.isDirectory(file)
              ? LabelledArticles.readFolder(file)
              : LabelledArticles.read(file, Integer.MAX_VALUE);
      // a set without dates comes grouped by story in its file: fed so, the models would learn
      // that a newcomer joins the story that just started; shuffled, they meet stories mixed,
      // as a stream brings them
      boolean dated = read.stream().anyMatch(l -> l.article().published() != null);
      List<TrainingSet> fileSets = new ArrayList<>();
      byFile.add(fileSets);
      for (int copy = 0; copy < (dated ? 1 : shuffles); copy++) {
        fileSets.add(
            new TrainingSet(
                file.getFileName() + (dated ? "" : " (shuffle " + (copy + 1) + ")"),
                LabelledArticles.ordered(
                    read,
                    dated ? LabelledArticles.Order.DATE : LabelledArticles.Order.SHUFFLE,
                    copy + 1)));
      }
    }
    List<TrainingSet> sets = byFile.stream().flatMap(List::stream).toList();
    StoryModelTrainer.Trained all =
        StoryModelTrainer.learn(
            sets,
            rounds,
            leaveOut,
            line -> {
              out.println(line);
              out.flush();
            });
    ObjectNode root = JsonViews.JSON.createObjectNode();
    ObjectNode modelsNode = root.putObject("models");
    all.models()
        .forEach((level, m) -> {
          out.printf(
              Locale.ROOT,
              "%s model: join from p >= %.2f (right decisions %.3f)%n",
              level,
              m.threshold(),
              all.decisionAccuracy().get(level));
          ObjectNode node = modelsNode.putObject(level);
          node.put("threshold", m.threshold());
          node.put("decision_accuracy", EvalCommand.round(all.decisionAccuracy().get(level)));
          ObjectNode weights = node.putObject("weights");
          for (int i = 0; i < m.weights().length; i++) {
            out.printf(Locale.ROOT, "  %-20s %9.4f%n", LinkFeatures.NAMES.get(i), m.weights()[i]);
            weights.put(LinkFeatures.NAMES.get(i), EvalCommand.round(m.weights()[i]));
          }
        });
    if (write != null) {
      Files.writeString(
          write,
          StoryModelTrainer.write(
              all.models(),
              "learned by: trame eval train-story-model "
                  + String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList())),
          StandardCharsets.UTF_8);
      out.println("models written to " + write);
    }
    if (leaveOneOut) {
      ArrayNode scores = root.putArray("leave_one_out");
      for (List<TrainingSet> held : byFile) {
        List<TrainingSet> others = sets.stream().filter(t -> !held.contains(t)).toList();
        scoreHeldOut(out, scores, "held out", 0, others, held);
      }
    }
    if (folds > 1) {
      ArrayNode scores = root.putArray("folds");
      for (int fold = 0; fold < folds; fold++) {
        final int k = fold;
        List<TrainingSet> learn = new ArrayList<>();
        List<TrainingSet> test = new ArrayList<>();
        for (TrainingSet set : sets) {
          learn.add(
              new TrainingSet(
                  set.name(),
                  set.articles().stream().filter(l -> foldOf(l.story()) != k).toList()));
          test.add(
              new TrainingSet(
                  set.name(),
                  set.articles().stream().filter(l -> foldOf(l.story()) == k).toList()));
        }
        scoreHeldOut(out, scores, "fold " + (k + 1) + "/" + folds, k + 1, learn, test);
      }
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(root));
    }
    out.flush();
    return 0;
  }
}
