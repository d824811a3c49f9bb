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
import org.trame.eval.timex.TimeMlReader;
import org.trame.eval.timex.TimexEvaluation;
import org.trame.eval.timex.TimexScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
final class EvalTimexCommand implements Callable<Integer> {

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
      node.put("strict_f1", EvalCommand.round(strict.f1()));
      node.put("relaxed_f1", EvalCommand.round(relaxed.f1()));
      node.put("value_f1", EvalCommand.round(r.value().f1()));
      node.put("type_f1", EvalCommand.round(r.type().f1()));
      node.put("strict_precision", EvalCommand.round(strict.precision()));
      node.put("strict_recall", EvalCommand.round(strict.recall()));
      node.put("relaxed_precision", EvalCommand.round(relaxed.precision()));
      node.put("relaxed_recall", EvalCommand.round(relaxed.recall()));
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
