package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.eval.bench.WarcBenchmark;
import org.trame.eval.bench.WarcBenchmark.Crawl;
import org.trame.eval.bench.WarcBenchmark.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame bench warc ARTICLES.jsonl.gz [--size 1g]} */
@Command(
    name = "warc",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a WARC crawl of the size asked from an articles file (each article dressed as a"
          + " news site serves it), and one a tenth of that size, then ingests each into a fresh"
          + " store with the whole pipeline, and reads each with jwarc alone (the floor), in the"
          + " same run.",
      "Prints MB/s and pages/s, peak heap and peak live heap (right after a collection) for both"
          + " sizes: memory that does not grow with the crawl shows as a ratio near 1."
    })
final class BenchWarcCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "ARTICLES",
      description = "Articles JSON Lines (.jsonl or .jsonl.gz) with title, text and date.")
  Path articles;

  @Option(
      names = "--size",
      paramLabel = "SIZE",
      description = "Size of the big crawl: 1g, 200m, … (default: ${DEFAULT-VALUE}).")
  String size = "1g";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Write the crawls and stores here and keep them (default: a temporary directory,"
              + " deleted after). It must not exist yet.")
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
    long big;
    try {
      big = WarcBenchmark.parseSize(size);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    out.printf(
        Locale.ROOT, "heap limit of this JVM: %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    ObjectNode node = JsonViews.JSON.createObjectNode();
    double[] live = new double[2];
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-bench-warc-", spec)) {
      long[] sizes = {Math.max(1 << 20, big / 10), big};
      String[] names = {"small", "big"};
      for (int i = 0; i < 2; i++) {
        Path file = work.path().resolve(names[i] + ".warc");
        out.printf(Locale.ROOT, "writing %s (%,d MB)…%n", file.getFileName(), sizes[i] >> 20);
        out.flush();
        Crawl crawl = WarcBenchmark.write(articles, file, sizes[i]);
        Run floor = WarcBenchmark.readOnly(file);
        Run trame = WarcBenchmark.ingest(file, work.path().resolve(names[i] + "-store"));
        print(out, names[i], crawl, floor, trame);
        live[i] = trame.peakLiveBytes();
        ObjectNode n = node.putObject(names[i]);
        n.put("bytes", crawl.bytes());
        n.put("pages", crawl.pages());
        n.put("distinct_articles", crawl.articles());
        n.put("jwarc_mb_per_s", EvalCommand.round(floor.megabytesPerSecond(crawl.bytes())));
        n.put("trame_mb_per_s", EvalCommand.round(trame.megabytesPerSecond(crawl.bytes())));
        n.put("trame_pages_per_s", Math.round(trame.pages() / trame.seconds()));
        n.put("trame_peak_heap_mb", trame.peakHeapBytes() >> 20);
        n.put("trame_peak_live_mb", trame.peakLiveBytes() >> 20);
        n.put("jwarc_peak_live_mb", floor.peakLiveBytes() >> 20);
        n.put("stored", trame.report().stored());
        n.put("copies", trame.report().duplicates());
        n.put("rejected", trame.report().rejected().size());
        Files.delete(file); // a gigabyte less on the disk before the next one is written
      }
    }
    double ratio = live[1] / Math.max(1, live[0]);
    out.printf(
        Locale.ROOT,
        "peak live heap, big crawl / small crawl: %.2f× for %.0f× the input%n",
        ratio,
        (double) node.path("big").path("bytes").asLong()
            / Math.max(1, node.path("small").path("bytes").asLong()));
    if (json) {
      node.put("live_heap_ratio", EvalCommand.round(ratio));
      node.put("heap_limit_mb", Runtime.getRuntime().maxMemory() >> 20);
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String name, Crawl crawl, Run floor, Run trame) {
    out.printf(
        Locale.ROOT,
        "%s crawl: %,d MB, %,d pages (%,d distinct articles)%n"
            + "  jwarc read only  %8.1f MB/s  %,8.0f pages/s  peak heap %,5d MB  peak live %,5d MB%n"
            + "  trame ingest     %8.1f MB/s  %,8.0f pages/s  peak heap %,5d MB  peak live %,5d MB%n"
            + "  stored %,d articles (%,d copies), %,d already stored, %,d rejected, in %.0f s%n",
        name,
        crawl.bytes() >> 20,
        crawl.pages(),
        crawl.articles(),
        floor.megabytesPerSecond(crawl.bytes()),
        floor.pages() / floor.seconds(),
        floor.peakHeapBytes() >> 20,
        floor.peakLiveBytes() >> 20,
        trame.megabytesPerSecond(crawl.bytes()),
        trame.pages() / trame.seconds(),
        trame.peakHeapBytes() >> 20,
        trame.peakLiveBytes() >> 20,
        trame.report().stored(),
        trame.report().duplicates(),
        trame.report().unchanged(),
        trame.report().rejected().size(),
        trame.seconds());
    out.flush();
  }
}
