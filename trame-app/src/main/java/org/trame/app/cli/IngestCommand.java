package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.clean.Languages;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.ingest.FetchPolicy;
import org.trame.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame ingest PATH...} */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and folders (recursively) and adds them to the store.",
      "Text files: an optional first line ' date YYYY-MM' or ' date YYYY-MM-DD', then the text;"
          + " the first line of text is the title.",
      "JSON Lines (.jsonl, .jsonl.gz): one article a line with id, title, text, date, lang,"
          + " source, url.",
      "Web pages (HTML), WARC crawls (.warc, .warc.gz) and RSS or Atom feeds, told by content;"
          + " any file may be gzipped.",
      "http:// and https:// URLs are fetched (a feed, most often); loopback and private addresses"
          + " only with --allow-private-addresses.",
      "Inputs already stored are skipped; rejected inputs are named with the reason, and the rest"
          + " is stored.",
      "Articles are committed in batches; after each commit one line says what is now durable:"
          + " 'committed N new articles, last one stored: ID', ID and every article read before it"
          + " being stored (articles are placed earliest published first within a few hundred, so"
          + " some read after it may be too). An ingest stopped at any moment keeps those, and the"
          + " same command run again takes up where it stopped.",
      "Only one process writes to a data directory at a time: another one fails at once, naming"
          + " the process that writes (exit code 3), or waits for it with --wait."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(
      paramLabel = "PATH|URL",
      arity = "1..*",
      description = "Files or folders to read, or URLs to fetch.")
  List<String> locations;

  @Option(
      names = "--allow-private-addresses",
      description =
          "Let URLs reach loopback, private and link-local addresses (refused by default).")
  boolean allowPrivateAddresses;

  @Option(
      names = "--json",
      description =
          "End with one JSON line: {\"stored\",\"duplicates\",\"unchanged\",\"rejected\":[{\"input\",\"problem\"}]}.")
  boolean json;

  @Option(
      names = "--languages",
      paramLabel = "CODES",
      description =
          "The languages to process, as ISO 639-1 codes; default fr,en. Articles in others (or in"
              + " none that can be told, 'und') are stored too, marked as not supported.")
  String languages = "fr,en";

  @Option(
      names = "--near-duplicate-threshold",
      paramLabel = "X",
      description =
          "Estimated resemblance (word shingles, 0 to 1) from which an article is linked as a"
              + " copy of an earlier one (default: ${DEFAULT-VALUE}). Exact copies are always"
              + " linked.")
  double nearDuplicateThreshold = NearDuplicateFinder.DEFAULT_THRESHOLD;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit (make durable, and say so) every N new articles (default: ${DEFAULT-VALUE})."
              + " Smaller batches lose less to a crash and cost more syncs to disk.")
  int commitEvery = Trame.COMMIT_EVERY;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads that clean and analyse articles at once, while the articles before them are"
              + " placed in stories one at a time (default: ${DEFAULT-VALUE}, one per core up to"
              + " 4). The stories do not depend on it.")
  int workers = Trame.DEFAULT_WORKERS;

  @Option(
      names = "--shared",
      description =
          "Share an OpenSearch store with other ingests running at the same time, on this machine"
              + " or others: each cleans and analyses on its own, and places and commits blocks of"
              + " 64 articles in turns, after reading what the others committed.")
  boolean shared;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      description =
          "When another process is writing to the data directory, wait up to this long for it to"
              + " finish (default: ${DEFAULT-VALUE}, fail at once).")
  int waitSeconds = 0;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** How often a waiting ingest tries the store again. */
  private static final long RETRY_MILLIS = 200;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Languages configured;
    try {
      configured = Languages.parse(languages);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--languages: " + e.getMessage());
    }
    Progress progress = Progress.to(spec.commandLine().getErr());
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--near-duplicate-threshold must be in (0, 1], not " + nearDuplicateThreshold);
    }
    if (commitEvery < 1) {
      throw new ParameterException(spec.commandLine(), "--commit-every must be 1 or more");
    }
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--workers must be 1 or more");
    }
    if (waitSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "--wait must be 0 or more seconds");
    }
    IngestListener listener =
        new IngestListener() {
          @Override
          public void progress(long bytesDone, long bytesTotal, long articlesStored) {
            progress.progress(bytesDone, bytesTotal, articlesStored);
          }

          @Override
          public void rejected(IngestReport.Rejection rejection) {
            progress.rejected(rejection);
          }

          @Override
          public void committed(long storedSoFar, String lastStoredId) {
            // flushed at once: a line here is a promise that survives the process being killed
            progress.clear();
            out.print(IngestCommand.acknowledgement(storedSoFar, lastStoredId));
            out.flush();
          }
        };
    IngestReport report;
    try (Trame trame =
        open(
            new Trame.Options(nearDuplicateThreshold, configured)
                .withCommitEvery(commitEvery)
                .withWorkers(workers))) {
      report =
          trame.ingest(
              locations,
              FetchPolicy.standard().withPrivateAddresses(allowPrivateAddresses),
              listener);
    }
    progress.clear();
    out.printf(
        "stored %d articles (%d copies, exact or near, linked to their original), %d already"
            + " stored,"
            + " %d rejected, in %s%n",
        report.stored(),
        report.duplicates(),
        report.unchanged(),
        report.rejected().size(),
        data.location());
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("stored", report.stored());
      node.put("duplicates", report.duplicates());
      node.put("unchanged", report.unchanged());
      ArrayNode rejected = node.putArray("rejected");
      for (IngestReport.Rejection r : report.rejected()) {
        rejected.addObject().put("input", r.origin()).put("problem", r.problem());
      }
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return report.rejected().isEmpty() ? 0 : TrameCommand.EXIT_REJECTED;
  }

  /** Opens the store for writing, waiting up to --wait for another writer to finish. */
  private Trame open(Trame.Options options) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(waitSeconds);
    boolean said = false;
    while (true) {
      try {
        if (shared) {
          try {
            return data.location().openForWritingInTurns(options);
          } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--shared: " + e.getMessage());
          }
        }
        return data.location().openForWriting(options);
      } catch (StoreLockedException e) {
        if (System.nanoTime() - deadline >= 0) {
          throw e;
        }
        if (!said) {
          spec.commandLine()
              .getErr()
              .println("waiting up to " + waitSeconds + " s: " + e.getMessage());
          said = true;
        }
        Thread.sleep(RETRY_MILLIS);
      }
    }
  }

  /**
   * The line said after each commit: a promise that survives the process being killed. The id is
   * left out when the input's prefix placed whole stored nothing yet.
   */
  static String acknowledgement(long storedSoFar, String lastStoredId) {
    return lastStoredId == null
        ? String.format("committed %d new articles%n", storedSoFar)
        : String.format(
            "committed %d new articles, last one stored: %s%n", storedSoFar, lastStoredId);
  }
}
