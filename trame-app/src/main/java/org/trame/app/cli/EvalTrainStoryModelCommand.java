package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.trame.story.LinkModel;
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
      description = "Articles JSONL (.jsonl or .jsonl.gz) with gold story (and event) labels.")
  List<Path> files;

  @Option(names = "--write", paramLabel = "PATH", description = "Write the models here.")
  Path write;

  @Option(
      names = "--leave-one-out",
      description = "Also score each set with models learned on the others (the honest figure).")
  boolean leaveOneOut;

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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<TrainingSet> sets = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      sets.add(
          new TrainingSet(
              file.getFileName().toString(),
              LabelledArticles.ordered(
                  LabelledArticles.read(file, Integer.MAX_VALUE), LabelledArticles.Order.DATE, 1)));
    }
    Map<String, LinkModel> shipped = LinkModel.standard();
    StoryModelTrainer.Trained all =
        StoryModelTrainer.learn(
            sets,
            rounds,
            shipped,
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
      for (TrainingSet held : sets) {
        StoryModelTrainer.Trained others =
            StoryModelTrainer.learn(
                sets.stream().filter(t -> t != held).toList(), rounds, shipped, line -> {});
        Map<String, LinkModel> models = new LinkedHashMap<>(shipped);
        models.putAll(others.models());
        Trame.Options options =
            Trame.Options.defaults()
                .withStoryAssigner(
                    store -> StoryEngine.with(store, models.get("story"), models.get("event")));
        for (ClusteringEvaluation.Level level : ClusteringEvaluation.Level.values()) {
          boolean labelled =
              held.articles().stream()
                  .anyMatch(l ->
                      (level == ClusteringEvaluation.Level.STORY ? l.story() : l.event()) != null);
          if (!labelled) {
            continue;
          }
          BCubed.Score s;
          try (WorkDirectory work = WorkDirectory.create("trame-train-")) {
            s = ClusteringEvaluation.run(held.articles(), level, work.path(), options);
          }
          String name = level.name().toLowerCase(Locale.ROOT);
          out.printf(
              Locale.ROOT,
              "held out %s, %s: B-cubed P %.3f R %.3f F1 %.3f, clusters %d (gold %d)%n",
              held.name(),
              name,
              s.precision(),
              s.recall(),
              s.f1(),
              s.clusters(),
              s.goldClusters());
          out.flush();
          ObjectNode node = scores.addObject();
          node.put("set", held.name());
          node.put("level", name);
          node.put("precision", EvalCommand.round(s.precision()));
          node.put("recall", EvalCommand.round(s.recall()));
          node.put("f1", EvalCommand.round(s.f1()));
          node.put("clusters", s.clusters());
          node.put("gold_clusters", s.goldClusters());
        }
      }
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(root));
    }
    out.flush();
    return 0;
  }
}
