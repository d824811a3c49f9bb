package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.eval.data.LabelledArticles;
import org.trame.eval.timeline.ReferenceTimeline;
import org.trame.eval.timeline.TimelineEvaluation;
import org.trame.eval.timeline.TimelineEvaluation.Mean;
import org.trame.eval.timeline.TimelineEvaluation.Method;
import org.trame.eval.timeline.TimelineEvaluation.Result;
import org.trame.eval.timeline.TimelineEvaluation.Score;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval timeline ARTICLES.jsonl.gz TIMELINE.json...} */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the articles (each with its gold 'story') into a fresh store and, for each reference"
          + " timeline, builds its story's timeline with as many dates as the reference; prints"
          + " date F1, date-agreement ROUGE-1/2 F, and the oracle date recall (reference dates"
          + " found at all among publication days and resolved mentions), for trame and for the"
          + " baseline (the days with the most articles published), per timeline and mean.",
      "With --json the last line is {\"timelines\":[…],\"mean\":{…},\"baseline_mean\":{…}}."
    })
final class EvalTimelineCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ARTICLES", description = "Articles JSONL with 'story'.")
  Path articles;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "TIMELINE",
      description = "Reference timeline JSON files ({\"story\",\"lang\",\"entries\"}).")
  List<Path> timelines;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Build the store here and keep it (default: a temporary directory, deleted after). It"
              + " must not exist yet.")
  Path data;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(articles)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + articles);
    }
    List<ReferenceTimeline> references = new ArrayList<>();
    for (Path t : timelines) {
      if (!Files.isRegularFile(t)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + t);
      }
      try {
        references.add(ReferenceTimeline.read(t));
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    List<Result> results;
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-eval-", spec)) {
      results =
          TimelineEvaluation.run(
              LabelledArticles.read(articles, Integer.MAX_VALUE), references, work.path());
    }
    out.printf(
        Locale.ROOT,
        "%-34s %5s %5s  %-8s %7s %7s %7s %7s%n",
        "timeline",
        "arts",
        "dates",
        "method",
        "date_f1",
        "rouge1",
        "rouge2",
        "oracle");
    for (Result r : results) {
      for (Method m : Method.values()) {
        Score s = r.scores().get(m);
        out.printf(
            Locale.ROOT,
            "%-34s %5d %5d  %-8s %7.3f %7.3f %7.3f %7.3f%n",
            r.reference().name(),
            r.articles(),
            r.reference().dates().size(),
            m.label(),
            s.date().f1(),
            s.rouge1().f1(),
            s.rouge2().f1(),
            r.oracleDateRecall());
      }
    }
    for (Method m : Method.values()) {
      Mean mean = Mean.of(results, m);
      out.printf(
          Locale.ROOT,
          "%-34s %5s %5s  %-8s %7.3f %7.3f %7.3f %7.3f%n",
          "mean (" + results.size() + " timelines)",
          "",
          "",
          m.label(),
          mean.dateF1(),
          mean.rouge1F(),
          mean.rouge2F(),
          mean.oracleDateRecall());
    }
    Mean trame = Mean.of(results, Method.TRAME);
    out.printf(
        Locale.ROOT,
        "date F1 / oracle: %.3f (target 0.8)%n",
        trame.oracleDateRecall() == 0 ? 0 : trame.dateF1() / trame.oracleDateRecall());
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      ArrayNode list = node.putArray("timelines");
      for (Result r : results) {
        ObjectNode t = list.addObject();
        t.put("timeline", r.reference().name());
        t.put("story", r.reference().story());
        t.put("lang", r.reference().lang());
        t.put("articles", r.articles());
        t.put("reference_dates", r.reference().dates().size());
        t.put("oracle_date_recall", EvalCommand.round(r.oracleDateRecall()));
        put(t, r.scores().get(Method.TRAME));
        put(t.putObject("baseline"), r.scores().get(Method.PUBCOUNT));
      }
      put(node.putObject("mean"), Mean.of(results, Method.TRAME));
      put(node.putObject("baseline_mean"), Mean.of(results, Method.PUBCOUNT));
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private static void put(ObjectNode node, Score s) {
    node.put("date_f1", EvalCommand.round(s.date().f1()));
    node.put("date_precision", EvalCommand.round(s.date().precision()));
    node.put("date_recall", EvalCommand.round(s.date().recall()));
    node.put("rouge1_f", EvalCommand.round(s.rouge1().f1()));
    node.put("rouge2_f", EvalCommand.round(s.rouge2().f1()));
    node.put("dates", s.dates());
  }

  private static void put(ObjectNode node, Mean m) {
    node.put("date_f1", EvalCommand.round(m.dateF1()));
    node.put("rouge1_f", EvalCommand.round(m.rouge1F()));
    node.put("rouge2_f", EvalCommand.round(m.rouge2F()));
    node.put("oracle_date_recall", EvalCommand.round(m.oracleDateRecall()));
  }
}
