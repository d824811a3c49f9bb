package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.eval.extraction.ExtractionEvaluation;
import org.trame.eval.extraction.Readability4jExtractor;
import org.trame.extract.DensityExtractor;
import org.trame.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval extraction DIR} */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the main text of the HTML pages of an article extraction benchmark"
          + " (DIR/html/<id>.html.gz, DIR/ground-truth.json) and scores it with the benchmark's"
          + " metric: precision, recall and F1 of 4-token shingles, means over pages.",
      "With --json the last line is {\"extractor\",\"precision\",\"recall\",\"f1\",\"pages\","
          + "\"ms_per_page\"}."
    })
final class EvalExtractionCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "DIR",
      description = "A folder holding html/*.html.gz and ground-truth.json.")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the extracted texts here, as {\"<id>\": {\"articleBody\": …}}.")
  Path predictions;

  /** The extractors that can be scored. */
  enum Choice {
    density,
    readability4j;

    Extractor create() {
      return this == density ? new DensityExtractor() : new Readability4jExtractor();
    }
  }

  @Option(
      names = "--extractor",
      paramLabel = "NAME",
      description =
          "density (trame's own, the default) or readability4j (the peer): one command scores"
              + " both.")
  Choice extractor = Choice.density;

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
    ExtractionEvaluation.Result r = ExtractionEvaluation.run(dir, extractor.create(), predictions);
    out.printf(
        Locale.ROOT,
        "%s: %d pages, %s%n  precision %.3f  recall %.3f  F1 %.3f%n"
            + "  extraction %.1f ms (%.2f ms a page)%n",
        dir.getFileName(),
        r.pages().size(),
        extractor,
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
      node.put("extractor", extractor.name());
      node.put("precision", EvalCommand.round(r.precision()));
      node.put("recall", EvalCommand.round(r.recall()));
      node.put("f1", EvalCommand.round(r.f1()));
      node.put("pages", r.pages().size());
      node.put("ms_per_page", Math.round(r.msPerPage() * 1000) / 1000.0);
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }
}
