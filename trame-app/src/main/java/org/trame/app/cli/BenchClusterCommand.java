package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.article.RawArticle;
import org.trame.eval.bench.ClusterBenchmark;
import org.trame.eval.data.LabelledArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame bench cluster ARTICLES.jsonl.gz [--articles N] [--window N]} */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Replays an articles file until it reaches the number asked (each repeat ten years later"
          + " than the one before and edited: two sentences in five of its article kept, three"
          + " in ten of another article's mixed in, so it is no near-copy), through the whole"
          + " pipeline into a fresh store.",
      "Prints articles/s, peak heap and peak live heap (right after a collection) per window,"
          + " and the last window's speed over the first's: flat cost per article shows as a"
          + " ratio near 1."
    })
final class BenchClusterCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ARTICLES", description = "Articles JSONL (.jsonl or .jsonl.gz).")
  Path file;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "How many articles to ingest in all (default: ${DEFAULT-VALUE}).")
  long articles = 1_000_000;

  @Option(
      names = "--window",
      paramLabel = "N",
      description = "Articles per timed window (default: ${DEFAULT-VALUE}).")
  int window = 100_000;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Build the store here and keep it (default: a temporary directory, deleted after)."
              + " It must not exist yet.")
  Path data;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    if (articles < 1 || window < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--articles and --window must be at least 1");
    }
    List<RawArticle> corpus =
        LabelledArticles.read(file, Integer.MAX_VALUE).stream()
            .map(LabelledArticles.Labelled::article)
            .toList();
    out.printf(
        Locale.ROOT,
        "heap limit of this JVM: %,d MB%n%,d articles in %s, replayed to %,d in windows of %,d%n",
        Runtime.getRuntime().maxMemory() >> 20,
        corpus.size(),
        file.getFileName(),
        articles,
        window);
    out.flush();
    ClusterBenchmark.Result r;
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-bench-cluster-", spec)) {
      r =
          ClusterBenchmark.run(
              corpus,
              articles,
              window,
              work.path().resolve("trame"),
              w -> {
                out.printf(
                    Locale.ROOT,
                    "  up to %,11d  %,8.1f articles/s  (%,7.1f s)  %,6.2f CPU ms/article  peak heap"
                        + " %,6d MB  peak after a collection %,6d MB  live at the end %,6d MB%n",
                    w.endArticle(),
                    w.perSecond(),
                    w.seconds(),
                    w.cpuMillisPerArticle(),
                    w.peakHeapBytes() >> 20,
                    w.peakLiveBytes() >> 20,
                    w.liveBytes() >> 20);
                out.flush();
              });
    }
    out.printf(
        Locale.ROOT,
        "last window / first window  %.2f (1 is flat; the target is at least 1/1.2 = 0.83)%n"
            + "CPU per article, first window / last window  %.2f (the same, unmoved by other"
            + " processes)%n"
            + "peak heap %,d MB, peak after a collection %,d MB, largest live set (after a full"
            + " collection at a window's end) %,d MB%n"
            + "stored %,d articles (%,d copies), %,d events, %,d stories, %,d rejected%n",
        r.lastOverFirst(),
        r.cpuFirstOverLast(),
        r.peakHeapBytes() >> 20,
        r.peakLiveBytes() >> 20,
        r.liveBytes() >> 20,
        r.report().stored(),
        r.report().duplicates(),
        r.counts().events(),
        r.counts().stories(),
        r.report().rejected().size());
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("articles", articles);
      node.put("window", window);
      ArrayNode windows = node.putArray("windows");
      for (ClusterBenchmark.Window w : r.windows()) {
        ObjectNode o = windows.addObject();
        o.put("end_article", w.endArticle());
        o.put("articles_per_s", EvalCommand.round(w.perSecond()));
        o.put("cpu_ms_per_article", EvalCommand.round(w.cpuMillisPerArticle()));
        o.put("peak_heap_mb", w.peakHeapBytes() >> 20);
        o.put("peak_live_mb", w.peakLiveBytes() >> 20);
        o.put("live_mb", w.liveBytes() >> 20);
      }
      node.put("last_over_first", EvalCommand.round(r.lastOverFirst()));
      node.put("cpu_first_over_last", EvalCommand.round(r.cpuFirstOverLast()));
      node.put("peak_heap_mb", r.peakHeapBytes() >> 20);
      node.put("peak_live_mb", r.peakLiveBytes() >> 20);
      node.put("live_mb", r.liveBytes() >> 20);
      node.put("stories", r.counts().stories());
      node.put("events", r.counts().events());
      node.put("duplicates", r.report().duplicates());
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }
}
