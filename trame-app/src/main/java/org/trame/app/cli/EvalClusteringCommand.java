package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.eval.clustering.BCubed;
import org.trame.eval.clustering.ClusteringEvaluation;
import org.trame.eval.data.LabelledArticles;
import org.trame.story.LinkModel;
import org.trame.story.SimilarityAssigner;
import org.trame.story.StoryEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval clustering FILE.jsonl.gz} */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests a labelled articles JSONL into a fresh store, online, and scores the stories (or"
          + " events) against the gold labels: B-cubed precision, recall, F1, cluster counts.",
      "With --json the last line is {\"precision\",\"recall\",\"f1\",\"clusters\",\"gold_clusters\"}."
    })
final class EvalClusteringCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      description =
          "Articles JSONL (.jsonl or .jsonl.gz) with gold labels, or a folder of articles with a"
              + " gold.tsv inside or beside it (as demo/corpus).")
  Path file;

  @Option(
      names = "--level",
      paramLabel = "story|event",
      description = "Gold label to score against: ${COMPLETION-CANDIDATES} (default: story).",
      converter = LevelConverter.class)
  ClusteringEvaluation.Level level = ClusteringEvaluation.Level.STORY;

  @Option(
      names = "--order",
      paramLabel = "date|file|shuffle",
      description =
          "Order the articles arrive in (default: date, file order among equal or missing"
              + " dates). Sets grouped by label in the file flatter online clustering: compare"
              + " with shuffle. Dated articles are still placed earliest published first among"
              + " the few hundred read ahead, as in any ingest.",
      converter = OrderConverter.class)
  LabelledArticles.Order order = LabelledArticles.Order.DATE;

  @Option(names = "--seed", description = "Seed for --order shuffle (default: 1).")
  long seed = 1;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Build the store here and keep it, to look at with the other commands (default: a"
              + " temporary directory, deleted after). It must not exist yet.")
  Path data;

  @Option(
      names = "--story-model",
      paramLabel = "PATH",
      description =
          "Link models to run the story engine with (as written by eval train-story-model"
              + " --write; default: the shipped ones).")
  Path storyModel;

  @Option(
      names = "--engine",
      paramLabel = "learned|similarity",
      description =
          "The story engine: learned (the link models, default) or similarity (the first engine,"
              + " TF-IDF cosine thresholds, as a baseline in the same run).")
  String engine = "learned";

  @Option(
      names = "--recluster",
      description =
          "Recluster the store in publication-date order after the online ingest (as 'trame"
              + " recluster' does) and score that: what a batch repair makes of the arrival order.")
  boolean recluster;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads that clean and analyse while articles are placed (default: ${DEFAULT-VALUE});"
              + " the stories do not depend on it.")
  int workers = Trame.DEFAULT_WORKERS;

  @Option(
      names = "--store",
      paramLabel = "ADDRESS",
      description =
          "Ingest into this OpenSearch store (opensearch://host:port/prefix; it must be empty)"
              + " instead of a fresh embedded one, and score what it holds.")
  String store;

  @Option(
      names = "--writers",
      paramLabel = "N",
      description =
          "With --store: N writers at once (as N processes would), sharing the store in turns,"
              + " article i going to writer i mod N (default: ${DEFAULT-VALUE}).")
  int writers = 1;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    if (writers != 1 && store == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--writers goes with --store: the embedded store has one writer");
    }
    BCubed.Score s;
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-eval-", spec)) {
      if (workers < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--workers: 1 or more");
      }
      Trame.Options options = Trame.Options.defaults().withWorkers(workers);
      if (storyModel != null) {
        Map<String, LinkModel> models;
        try (InputStream in = Files.newInputStream(storyModel)) {
          models = LinkModel.read(in);
        }
        options = options.withStoryAssigner(store -> StoryEngine.with(store, models));
      }
      if (engine.equals("similarity")) {
        options =
            options.withStoryAssigner(store ->
                SimilarityAssigner.standard(
                    id -> store.story(id).map(st -> st.articleIds().size()).orElse(1)));
      } else if (!engine.equals("learned")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--engine: learned or similarity, not '" + engine + "'");
      }
      List<LabelledArticles.Labelled> articles =
          LabelledArticles.ordered(
              Files.isDirectory(file)
                  ? LabelledArticles.readFolder(file)
                  : LabelledArticles.read(file, Integer.MAX_VALUE),
              order,
              seed);
      if (store != null) {
        if (recluster || data != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--store goes without --data and --recluster");
        }
        org.trame.store.opensearch.OpenSearchAddress address =
            org.trame.store.opensearch.OpenSearchAddress.parse(store);
        Trame.Options chosen = options;
        if (writers < 1) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--writers: 1 or more");
        }
        org.trame.app.StoreLocation.OpenSearch at =
            new org.trame.app.StoreLocation.OpenSearch(address);
        ClusteringEvaluation.Opener empty = () -> at.openEmptyForWriting(chosen);
        if (writers == 1) {
          s = ClusteringEvaluation.runLevels(articles, empty).get(level);
        } else {
          empty.open().close(); // creates the store, and checks it is empty
          s =
              ClusteringEvaluation.runLevelsShared(
                      articles, writers, () -> at.openForWritingInTurns(chosen), at::openForReading)
                  .get(level);
        }
        if (s == null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "the file has no gold '" + level + "' labels");
        }
      } else {
        s = ClusteringEvaluation.run(articles, level, work.path(), options, recluster);
      }
    }
    String name = level.name().toLowerCase(Locale.ROOT);
    out.printf(
        Locale.ROOT,
        "%s: %d articles, %s level, order %s%s%s%n  B-cubed precision %.3f  recall %.3f  F1 %.3f%n"
            + "  clusters %d (gold %d)%n",
        file.getFileName(),
        s.items(),
        name,
        order.name().toLowerCase(Locale.ROOT),
        recluster ? ", then reclustered" : "",
        writers > 1 ? ", " + writers + " writers sharing the store" : "",
        s.precision(),
        s.recall(),
        s.f1(),
        s.clusters(),
        s.goldClusters());
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("precision", EvalCommand.round(s.precision()));
      node.put("recall", EvalCommand.round(s.recall()));
      node.put("f1", EvalCommand.round(s.f1()));
      node.put("clusters", s.clusters());
      node.put("gold_clusters", s.goldClusters());
      node.put("articles", s.items());
      node.put("level", name);
      node.put("order", order.name().toLowerCase(Locale.ROOT));
      node.put("reclustered", recluster);
      node.put("writers", writers);
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  static final class LevelConverter
      implements CommandLine.ITypeConverter<ClusteringEvaluation.Level> {
    @Override
    public ClusteringEvaluation.Level convert(String value) {
      return ClusteringEvaluation.Level.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  static final class OrderConverter implements CommandLine.ITypeConverter<LabelledArticles.Order> {
    @Override
    public LabelledArticles.Order convert(String value) {
      return LabelledArticles.Order.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }
}
