package org.trame.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trame.LastIngest;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.store.StoreCounts;
import org.trame.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame status} */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Counts what the store holds: articles, duplicates, events, stories, and articles by"
            + " language (those in a language trame was not set to process are marked); then what"
            + " the latest ingest did: when, stored, skipped, rejected by kind of problem, and"
            + " whether it finished.")
final class StatusCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"articles\",\"duplicates\",\"events\",\"stories\",\"last_ingest\","
              + "\"ingest\":{\"started\",\"committed\",\"finished\",\"stored\",\"duplicates\","
              + "\"unchanged\",\"rejected\",\"rejected_by_kind\"},"
              + "\"languages\":{\"fr\":{\"articles\",\"unsupported\",\"supported\"},…},"
              + "\"watch\":[{\"source\",\"kind\",\"last_poll\",\"last_success\","
              + "\"articles_added\",\"consecutive_failures\",\"next_poll\",\"last_error\","
              + "\"files\"}]}.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Trame trame = data.location().openForReading()) {
      StoreCounts c = trame.status();
      Optional<LastIngest> ingest = trame.lastIngest();
      if (json) {
        out.println(
            JsonViews.JSON.writeValueAsString(JsonViews.status(c, ingest, WatchState.of(trame))));
      } else {
        out.printf(
            "%s%n  articles   %d%n  duplicates %d%n  events     %d%n  stories    %d%s%n"
                + "  last ingest %s%n",
            data.location(),
            c.articles(),
            c.duplicates(),
            c.events(),
            c.stories(),
            c.mergedStories() == 0 ? "" : " (and " + c.mergedStories() + " merged into others)",
            c.lastIngest() == null ? "never" : c.lastIngest());
        if (!c.languages().isEmpty()) {
          out.println("  languages");
          c.languages()
              .forEach((code, n) ->
                  out.printf(
                      "    %-4s %8d%s%n",
                      code,
                      n.articles(),
                      n.unsupported() == 0
                          ? ""
                          : n.unsupported() == n.articles()
                              ? "  not supported"
                              : "  (" + n.unsupported() + " not supported)"));
        }
        ingest.ifPresent(i -> printIngest(out, i));
        WatchState.of(trame).ifPresent(w -> printWatch(out, w));
      }
    }
    out.flush();
    return 0;
  }

  private static void printWatch(PrintWriter out, WatchState watch) {
    out.println("  watched sources");
    watch
        .sources()
        .forEach((key, s) -> {
          out.printf(
              "    %s (%s)%n      last poll %s, last success %s, %d articles added%n",
              key,
              s.kind(),
              s.lastPoll() == null ? "never" : s.lastPoll(),
              s.lastSuccess() == null ? "never" : s.lastSuccess(),
              s.articlesAdded());
          out.printf(
              "      next poll %s%s%n",
              s.nextPoll() == null ? "at once" : s.nextPoll(),
              s.consecutiveFailures() == 0
                  ? ""
                  : ", " + s.consecutiveFailures() + " failure(s) in a row: " + s.lastError());
        });
  }

  private static void printIngest(PrintWriter out, LastIngest i) {
    out.printf(
        "  latest ingest, started %s: %s%n    stored %d (%d copies), skipped %d already stored,"
            + " rejected %d%n",
        i.started(),
        i.finished()
            ? "finished " + i.committed()
            : "stopped or still running; last commit " + i.committed(),
        i.stored(),
        i.duplicates(),
        i.unchanged(),
        i.rejected());
    if (!i.rejectedByKind().isEmpty()) {
      out.println("    rejected by kind");
      i.rejectedByKind().forEach((kind, n) -> out.printf("      %6d  %s%n", n, kind));
    }
  }
}
