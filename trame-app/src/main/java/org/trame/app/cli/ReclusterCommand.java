package org.trame.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.trame.Recluster;
import org.trame.Trame;
import org.trame.app.StoreLocation;
import org.trame.app.view.JsonViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame recluster} */
@Command(
    name = "recluster",
    mixinStandardHelpOptions = true,
    description = {
      "Places every stored article again, in publication-date order, and reports what changed:"
          + " stories merged and split, articles moved. Cleaning, analysis and copies are kept;"
          + " events and stories are rebuilt (their ids are given afresh).",
      "The new assignment is built beside the store and replaces it only when complete; the"
          + " report is kept in the store ('trame recluster --last' shows it again)."
    })
final class ReclusterCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "List at most N merges and N splits (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--last", description = "Show the last recluster's report; change nothing.")
  boolean last;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Recluster.Report report;
    if (last) {
      try (Trame trame = data.location().openForReading()) {
        report = trame.lastRecluster().orElse(null);
      }
      if (report == null) {
        out.println(data.location() + " was never reclustered");
        out.flush();
        return 0;
      }
    } else {
      Progress progress = Progress.to(spec.commandLine().getErr());
      Recluster.Progress told = (done, total) -> progress.progress(done, total, done);
      report =
          data.location() instanceof StoreLocation.OpenSearch os
              ? org.trame.store.opensearch.OpenSearchRecluster.run(
                  os.address(), Trame.Options.defaults(), told)
              : Trame.recluster(data.dir(), Trame.Options.defaults(), told);
      progress.clear();
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(JsonViews.recluster(report)));
    } else {
      print(out, report);
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, Recluster.Report r) {
    out.printf(
        "reclustered %,d articles in %s (%s)%n", r.articles(), data.location(), r.finished());
    line(out, "stories", r.stories());
    line(out, "events", r.events());
    out.printf("%d merges, %d splits%n", r.merges().size(), r.splits().size());
    r.merges().stream()
        .limit(limit)
        .forEach(m -> out.printf("  merged into %s: %s%n", m.story(), counts(m.from())));
    r.splits().stream()
        .limit(limit)
        .forEach(s -> out.printf("  %s split into %s%n", s.story(), counts(s.into())));
    long more = Math.max(0, r.merges().size() - limit) + Math.max(0, r.splits().size() - limit);
    if (more > 0) {
      out.printf("  … %d more (--limit, or --json for all)%n", more);
    }
  }

  private static void line(PrintWriter out, String name, Recluster.Level l) {
    out.printf(
        "  %-8s %,d before, %,d after, %,d unchanged, %,d articles moved%n",
        name, l.before(), l.after(), l.unchanged(), l.moved());
  }

  private static String counts(Map<String, Long> m) {
    return m.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }
}
