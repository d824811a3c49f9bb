package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.app.web.ApiBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame bench api [--data DIR] [--requests N] [--concurrency C] [--query WORDS]…} */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the data directory on loopback and loads its search and story routes with"
          + " concurrent requests, then runs the same searches and story views straight on the"
          + " store, in the same run.",
      "Prints p50 and p99 latencies of both and their ratio (target: API p99 at most 2× the"
          + " direct p99), and any errors."
    })
final class BenchApiCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--requests",
      paramLabel = "N",
      description = "Requests per series and side (default: ${DEFAULT-VALUE}).")
  int requests = 2000;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency = 8;

  @Option(
      names = "--query",
      paramLabel = "WORDS",
      description = "A search to send (repeatable; default: the names the articles mention most).")
  List<String> queries = List.of();

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    org.trame.app.StoreLocation location = data.location();
    if (location instanceof org.trame.app.StoreLocation.Directory d
        && !Files.isDirectory(d.dir())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no data directory at " + d.dir() + ": ingest something first");
    }
    if (requests < 1 || concurrency < 1 || concurrency > 256) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--requests must be at least 1, --concurrency from 1 to 256");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ApiBenchmark.Series> results = ApiBenchmark.run(location, queries, requests, concurrency);
    out.printf(
        Locale.ROOT,
        "%,d requests per series and side, %d in flight, on loopback%n",
        requests,
        concurrency);
    ArrayNode array = JsonViews.JSON.createArrayNode();
    int errors = 0;
    for (ApiBenchmark.Series s : results) {
      out.printf(
          Locale.ROOT,
          "%-6s direct  p50 %8.2f ms  p99 %8.2f ms  (%d distinct)%n"
              + "%-6s API     p50 %8.2f ms  p99 %8.2f ms  errors %d%n"
              + "%-6s API / direct  p50 %.2f×  p99 %.2f×  (target p99 ≤ 2×: %s)%n",
          s.name(),
          s.direct().p50Millis(),
          s.direct().p99Millis(),
          s.distinct(),
          s.name(),
          s.api().p50Millis(),
          s.api().p99Millis(),
          s.api().errors() + s.direct().errors(),
          s.name(),
          s.p50Ratio(),
          s.p99Ratio(),
          s.p99Ratio() <= 2 ? "met" : "missed");
      errors += s.api().errors() + s.direct().errors();
      ObjectNode n = array.addObject();
      n.put("series", s.name());
      n.put("distinct", s.distinct());
      n.put("requests", requests);
      n.put("concurrency", concurrency);
      n.put("direct_p50_ms", s.direct().p50Millis());
      n.put("direct_p99_ms", s.direct().p99Millis());
      n.put("api_p50_ms", s.api().p50Millis());
      n.put("api_p99_ms", s.api().p99Millis());
      n.put("p50_ratio", s.p50Ratio());
      n.put("p99_ratio", s.p99Ratio());
      n.put("errors", s.api().errors() + s.direct().errors());
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(array));
    }
    out.flush();
    return errors == 0 ? 0 : TrameCommand.EXIT_REJECTED;
  }
}
