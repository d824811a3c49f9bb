package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.app.view.JsonViews;
import org.trame.eval.clustering.BCubed;
import org.trame.eval.clustering.ClusteringEvaluation;
import org.trame.eval.data.LabelledArticles;
import org.trame.eval.extraction.ExtractionEvaluation;
import org.trame.eval.timex.TimeMlReader;
import org.trame.eval.timex.TimexEvaluation;
import org.trame.eval.timex.TimexScorer;
import org.trame.extract.DensityExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval …}: quality measured on public data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on labelled public data (see ../shared/eval/README.md).",
    subcommands = {
      EvalCommand.Clustering.class,
      EvalCommand.Timex.class,
      EvalCommand.Extraction.class
    })
final class EvalCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an evaluation is needed");
  }

  /** {@code trame eval clustering FILE.jsonl.gz} */
  @Command(
      name = "clustering",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests a labelled articles JSONL into a fresh store, online, and scores the stories (or"
            + " events) against the gold labels: B-cubed precision, recall, F1, cluster counts.",
        "With --json the last line is {\"precision\",\"recall\",\"f1\",\"clusters\",\"gold_clusters\"}."
      })
  static final class Clustering implements Callable<Integer> {

    @Parameters(
        paramLabel = "FILE",
        description = "Articles JSONL (.jsonl or .jsonl.gz) with gold labels.")
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
                + " with shuffle.",
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

    @Option(names = "--json", description = "End with one JSON line of the figures.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      BCubed.Score s;
      try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-eval-", spec)) {
        s = ClusteringEvaluation.run(file, level, order, seed, work.path());
      }
      String name = level.name().toLowerCase(Locale.ROOT);
      out.printf(
          Locale.ROOT,
          "%s: %d articles, %s level, order %s%n  B-cubed precision %.3f  recall %.3f  F1 %.3f%n"
              + "  clusters %d (gold %d)%n",
          file.getFileName(),
          s.items(),
          name,
          order.name().toLowerCase(Locale.ROOT),
          s.precision(),
          s.recall(),
          s.f1(),
          s.clusters(),
          s.goldClusters());
      if (json) {
        ObjectNode node = JsonViews.JSON.createObjectNode();
        node.put("precision", round(s.precision()));
        node.put("recall", round(s.recall()));
        node.put("f1", round(s.f1()));
        node.put("clusters", s.clusters());
        node.put("gold_clusters", s.goldClusters());
        node.put("articles", s.items());
        node.put("level", name);
        node.put("order", order.name().toLowerCase(Locale.ROOT));
        out.println(JsonViews.JSON.writeValueAsString(node));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code trame eval timex DIR} */
  @Command(
      name = "timex",
      mixinStandardHelpOptions = true,
      description = {
        "Tags the temporal expressions of ISO-TimeML documents (.tml), each anchored at its"
            + " creation time, and scores them TempEval-3 style: strict and relaxed span"
            + " precision, recall, F1; value F1 and type F1 over relaxed matches.",
        "With --json the last line is"
            + " {\"strict_f1\",\"relaxed_f1\",\"value_f1\",\"type_f1\",\"docs\",…}."
      })
  static final class Timex implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of TimeML documents (*.tml).")
    Path dir;

    @Option(names = "--json", description = "End with one JSON line of the figures.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + dir);
      }
      if (TimeMlReader.files(dir).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no .tml files in " + dir);
      }
      // the rule-based tagger of the pipeline; a file it cannot read is one line (TrameCommand)
      TimexEvaluation.Result r = TimexEvaluation.run(dir, new RuleTimeTagger());
      TimexScorer.Prf strict = r.strict();
      TimexScorer.Prf relaxed = r.relaxed();
      double ms = r.taggingNanos() / 1e6;
      out.printf(
          Locale.ROOT,
          "%s: %d documents, %d gold expressions (%d without text left out), %d found%n"
              + "  strict   precision %.3f  recall %.3f  F1 %.3f%n"
              + "  relaxed  precision %.3f  recall %.3f  F1 %.3f%n"
              + "  value F1 %.3f  type F1 %.3f%n"
              + "  tagging %.1f ms (%.3f ms a document)%n",
          dir.getFileName(),
          r.docs(),
          r.gold(),
          r.nonConsuming(),
          r.system(),
          strict.precision(),
          strict.recall(),
          strict.f1(),
          relaxed.precision(),
          relaxed.recall(),
          relaxed.f1(),
          r.value().f1(),
          r.type().f1(),
          ms,
          ms / r.docs());
      if (json) {
        ObjectNode node = JsonViews.JSON.createObjectNode();
        node.put("strict_f1", round(strict.f1()));
        node.put("relaxed_f1", round(relaxed.f1()));
        node.put("value_f1", round(r.value().f1()));
        node.put("type_f1", round(r.type().f1()));
        node.put("strict_precision", round(strict.precision()));
        node.put("strict_recall", round(strict.recall()));
        node.put("relaxed_precision", round(relaxed.precision()));
        node.put("relaxed_recall", round(relaxed.recall()));
        node.put("docs", r.docs());
        node.put("gold", r.gold());
        node.put("system", r.system());
        node.put("non_consuming", r.nonConsuming());
        node.put("tagging_ms", Math.round(ms * 1000) / 1000.0);
        out.println(JsonViews.JSON.writeValueAsString(node));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code trame eval extraction DIR} */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Extracts the main text of the HTML pages of an article extraction benchmark"
            + " (DIR/html/<id>.html.gz, DIR/ground-truth.json) and scores it with the benchmark's"
            + " metric: precision, recall and F1 of 4-token shingles, means over pages.",
        "With --json the last line is {\"precision\",\"recall\",\"f1\",\"pages\",\"ms_per_page\"}."
      })
  static final class Extraction implements Callable<Integer> {

    @Parameters(
        paramLabel = "DIR",
        description = "A folder holding html/*.html.gz and ground-truth.json.")
    Path dir;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Also write the extracted texts here, as {\"<id>\": {\"articleBody\": …}}.")
    Path predictions;

    @Option(names = "--json", description = "End with one JSON line of the figures.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (!ExtractionEvaluation.isBenchmark(dir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "not an extraction benchmark: "
                + dir
                + " needs an html/ folder of <id>.html.gz pages and ground-truth.json");
      }
      // a file it cannot read is one line and exit code 1 (TrameCommand)
      ExtractionEvaluation.Result r =
          ExtractionEvaluation.run(dir, new DensityExtractor(), predictions);
      out.printf(
          Locale.ROOT,
          "%s: %d pages%n  precision %.3f  recall %.3f  F1 %.3f%n"
              + "  extraction %.1f ms (%.2f ms a page)%n",
          dir.getFileName(),
          r.pages().size(),
          r.precision(),
          r.recall(),
          r.f1(),
          r.extractionNanos() / 1e6,
          r.msPerPage());
      if (predictions != null) {
        out.println("  texts written to " + predictions);
      }
      if (json) {
        ObjectNode node = JsonViews.JSON.createObjectNode();
        node.put("precision", round(r.precision()));
        node.put("recall", round(r.recall()));
        node.put("f1", round(r.f1()));
        node.put("pages", r.pages().size());
        node.put("ms_per_page", Math.round(r.msPerPage() * 1000) / 1000.0);
        out.println(JsonViews.JSON.writeValueAsString(node));
      }
      out.flush();
      return 0;
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
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
