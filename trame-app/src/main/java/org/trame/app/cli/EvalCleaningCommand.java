package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.article.RawArticle;
import org.trame.eval.cleaning.CleaningReport;
import org.trame.eval.data.LabelledArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval cleaning FILE.jsonl.gz}: what text cleaning removes, for an audit. */
@Command(
    name = "cleaning",
    mixinStandardHelpOptions = true,
    description = {
      "Cleans the articles of a JSONL file as an ingest would, in file order, and reports what"
          + " each step removed (characters, lines, articles touched) and the lines removed most"
          + " often, so that a person can check that only site furniture goes.",
      "With --json the last line is {\"articles\",\"chars\",\"steps\":[…],\"common_lines\":{…}}."
    })
final class EvalCleaningCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Articles JSONL (.jsonl or .jsonl.gz).")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N articles only.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--top", paramLabel = "N", description = "Show the N lines removed most often.")
  int top = 15;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    List<RawArticle> articles =
        LabelledArticles.read(file, limit).stream()
            .map(LabelledArticles.Labelled::article)
            .toList();
    CleaningReport.Result r = CleaningReport.run(articles, top);
    out.printf(
        Locale.ROOT,
        "%s: %d articles, %d characters%n",
        file.getFileName(),
        r.articles(),
        r.chars());
    for (CleaningReport.Step s : r.steps()) {
      out.printf(
          Locale.ROOT,
          "  %-26s %8d chars (%.2f%%)  %6d lines  %6d articles%n",
          s.name(),
          s.charsRemoved(),
          r.chars() == 0 ? 0.0 : 100.0 * s.charsRemoved() / r.chars(),
          s.linesRemoved(),
          s.articlesTouched());
    }
    if (!r.commonLines().isEmpty()) {
      out.println("  lines removed most often (articles):");
      for (Map.Entry<String, Integer> e : r.commonLines().entrySet()) {
        out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey());
      }
    }
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("articles", r.articles());
      node.put("chars", r.chars());
      ArrayNode steps = node.putArray("steps");
      for (CleaningReport.Step s : r.steps()) {
        ObjectNode step = steps.addObject();
        step.put("step", s.name());
        step.put("chars_removed", s.charsRemoved());
        step.put("lines_removed", s.linesRemoved());
        step.put("articles_touched", s.articlesTouched());
      }
      ObjectNode lines = node.putObject("common_lines");
      r.commonLines().forEach(lines::put);
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }
}
