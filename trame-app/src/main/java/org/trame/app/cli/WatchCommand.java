package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.ingest.FetchPolicy;
import org.trame.watch.WatchConfig;
import org.trame.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code trame watch --config FILE [--once]} */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls the RSS/Atom feeds and folders listed in a JSON file and ingests what is new, until"
          + " stopped (or once, with --once).",
      "Config: {\"interval\": \"PT15M\", \"sources\": [{\"feed\": URL, \"interval\": \"PT5M\","
          + " \"fetch_pages\": true}, {\"folder\": PATH, \"settle\": \"PT10S\"}],"
          + " \"politeness\": {\"per_host_delay\": \"PT1S\"}}; durations in ISO 8601.",
      "Feeds are fetched conditionally (ETag, Last-Modified); a failing source is tried again"
          + " later and later (and no sooner than a Retry-After asks) while the others go on.",
      "After each commit one line says what is now durable: 'committed N new articles, last one"
          + " stored: ID'. A watch stopped at any moment keeps those and resumes where it stopped.",
      "Loopback and private addresses only with --allow-private-addresses."
    })
final class WatchCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      required = true,
      description = "The JSON file listing the sources to watch.")
  Path config;

  @Option(
      names = "--once",
      description =
          "Poll every source once (except one backing off after failures) and exit: for cron.")
  boolean once;

  @Option(
      names = "--allow-private-addresses",
      description =
          "Let feeds and pages reach loopback, private and link-local addresses (refused by"
              + " default).")
  boolean allowPrivateAddresses;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Commit (make durable, and say so) every N new articles (default: 1000).")
  int commitEvery = Trame.COMMIT_EVERY;

  @Option(
      names = "--json",
      description =
          "With --once, end with one JSON line: {\"stored\",\"duplicates\",\"unchanged\","
              + "\"rejected\":[{\"input\",\"problem\"}],\"sources\":[{\"source\",\"outcome\","
              + "\"added\",\"skipped\",\"problem\",\"next_poll\"}]}.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Counted down once the store is closed, for the shutdown hook of a watch left running. */
  private java.util.concurrent.CountDownLatch closing;

  @Override
  public Integer call() throws Exception {
    try {
      return watch();
    } finally {
      if (closing != null) {
        closing.countDown();
      }
    }
  }

  private int watch() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (commitEvery < 1) {
      throw new ParameterException(spec.commandLine(), "--commit-every must be 1 or more");
    }
    WatchConfig watch;
    try {
      watch = WatchConfig.read(config);
    } catch (WatchConfig.InvalidConfigException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    FetchPolicy fetching = FetchPolicy.standard().withPrivateAddresses(allowPrivateAddresses);
    try (Trame trame =
        data.location().openForWriting(Trame.Options.defaults().withCommitEvery(commitEvery))) {
      Watcher watcher =
          new Watcher(
              trame, watch, fetching, Clock.systemUTC(), listener(out, err), reporter(out, err));
      if (!once) {
        out.println(
            "trame watching "
                + watch.sources().size()
                + " source(s) from "
                + config
                + " into "
                + data.location()
                + " (Ctrl-C to stop)");
        out.flush();
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        closing = closed;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(() -> {
                  // the article under way goes through, what was read is committed, and the
                  // store closes, before the process exits
                  watcher.stop();
                  try {
                    closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
        watcher.run();
        return 0;
      }
      Watcher.Round round = watcher.pollAll();
      IngestReport report = round.report();
      out.printf(
          "stored %d articles (%d copies), %d already stored, %d rejected, %d source(s) failed,"
              + " in %s%n",
          report.stored(),
          report.duplicates(),
          report.unchanged() + round.skipped(),
          report.rejected().size(),
          round.polls().stream().filter(p -> p.outcome() == Watcher.Outcome.FAILED).count(),
          data.location());
      if (json) {
        ObjectNode node = JsonViews.JSON.createObjectNode();
        node.put("stored", report.stored());
        node.put("duplicates", report.duplicates());
        node.put("unchanged", report.unchanged() + round.skipped());
        ArrayNode rejected = node.putArray("rejected");
        for (IngestReport.Rejection r : report.rejected()) {
          rejected.addObject().put("input", r.origin()).put("problem", r.problem());
        }
        ArrayNode sources = node.putArray("sources");
        for (Watcher.Poll p : round.polls()) {
          sources
              .addObject()
              .put("source", p.source())
              .put("outcome", p.outcome().name().toLowerCase(java.util.Locale.ROOT))
              .put("added", p.added())
              .put("skipped", p.skipped())
              .put("problem", p.problem())
              .put("next_poll", p.nextPoll() == null ? null : p.nextPoll().toString());
        }
        out.println(JsonViews.JSON.writeValueAsString(node));
      }
      out.flush();
      return round.failed() || !report.rejected().isEmpty() ? TrameCommand.EXIT_REJECTED : 0;
    }
  }

  /** Commits said on standard output at once (each a promise), rejections on standard error. */
  static IngestListener listener(PrintWriter out, PrintWriter err) {
    return new IngestListener() {
      @Override
      public void rejected(IngestReport.Rejection rejection) {
        err.println(rejection.origin() + ": " + rejection.problem());
        err.flush();
      }

      @Override
      public void committed(long storedSoFar, String lastStoredId) {
        out.print(IngestCommand.acknowledgement(storedSoFar, lastStoredId));
        out.flush();
      }
    };
  }

  /** One line a poll. */
  static Watcher.Listener reporter(PrintWriter out, PrintWriter err) {
    return new Watcher.Listener() {
      @Override
      public void polled(Watcher.Poll p) {
        switch (p.outcome()) {
          case READ ->
              out.printf("%s: %d new, %d already stored%n", p.source(), p.added(), p.skipped());
          case NOT_MODIFIED -> out.printf("%s: not modified%n", p.source());
          case FAILED ->
              err.printf(
                  "%s: failed (%s); next try at %s%n", p.source(), p.problem(), p.nextPoll());
          case STOPPED -> out.printf("%s: stopped; read again next time%n", p.source());
          case BACKING_OFF ->
              err.printf(
                  "%s: backing off after failures (%s) until %s%n",
                  p.source(), p.problem(), p.nextPoll());
        }
        out.flush();
        err.flush();
      }

      @Override
      public void note(String message) {
        err.println(message);
        err.flush();
      }
    };
  }
}
