package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.article.RawArticle;
import org.trame.eval.bench.IngestBenchmark;
import org.trame.eval.data.LabelledArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame bench ingest FILE.jsonl.gz [--limit N]} */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests articles into a fresh store with the full pipeline, and indexes the same text"
          + " with plain Lucene and the same French analysis (the floor), in the same run.",
      "Prints articles/s for both, their ratio, and peak heap."
    })
final class BenchIngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Articles JSONL (.jsonl or .jsonl.gz).")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N articles only.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Build both indexes here and keep them: DIR/trame is a store the other commands"
              + " read (default: a temporary directory, deleted after). It must not exist yet.")
  Path data;

  @Option(
      names = "--store",
      paramLabel = "ADDRESS",
      description =
          "Also ingest the same articles, with the same pipeline, into this OpenSearch store"
              + " (opensearch://host:port[,host:port...]/prefix; it must be empty), in the same"
              + " run, and print its rate beside the embedded store's.")
  String store;

  @Option(
      names = "--workers",
      paramLabel = "N[,N...]",
      split = ",",
      description =
          "Ingest once with each of these numbers of workers (threads that clean and analyse"
              + " while articles are placed), into a fresh store each time, and print the speed-up"
              + " over the first and whether the stories came out the same (default: 1,2,4).")
  List<Integer> workers = List.of(1, 2, 4);

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  /**
   * One run's line: its rate, its speed-up over the first, and whether its stories are the same.
   */
  private static void line(
      PrintWriter out,
      String store,
      IngestBenchmark.PipelineRun p,
      IngestBenchmark.PipelineRun first) {
    out.printf(
        Locale.ROOT,
        "trame %-10s %d worker%s %,8.0f articles/s  (%.1f s, peak heap %,d MB)  speed-up %.2f×  %s%n",
        store,
        p.workers(),
        p.workers() == 1 ? " " : "s",
        p.run().perSecond(),
        p.run().seconds(),
        p.run().peakHeapBytes() >> 20,
        p.run().perSecond() / first.run().perSecond(),
        p == first
            ? "stories " + p.placement()
            : p.placement().equals(first.placement())
                ? "same stories"
                : "OTHER STORIES: " + p.placement());
  }

  private static com.fasterxml.jackson.databind.node.ArrayNode runs(
      List<IngestBenchmark.PipelineRun> runs) {
    com.fasterxml.jackson.databind.node.ArrayNode array = JsonViews.JSON.createArrayNode();
    for (IngestBenchmark.PipelineRun p : runs) {
      ObjectNode o = array.addObject();
      o.put("workers", p.workers());
      o.put("articles_per_s", Math.round(p.run().perSecond()));
      o.put("speed_up", EvalCommand.round(p.run().perSecond() / runs.get(0).run().perSecond()));
      o.put("peak_heap_mb", p.run().peakHeapBytes() >> 20);
      o.put("stories", p.placement());
      o.put("same_stories", p.placement().equals(runs.get(0).placement()));
    }
    return array;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    long readStart = System.nanoTime();
    List<RawArticle> articles =
        LabelledArticles.read(file, limit).stream()
            .map(LabelledArticles.Labelled::article)
            .toList();
    double readSeconds = (System.nanoTime() - readStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "read %,d articles from %s in %.1f s%n",
        articles.size(),
        file.getFileName(),
        readSeconds);
    out.flush();
    if (workers.isEmpty() || workers.stream().anyMatch(n -> n < 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--workers: numbers of 1 or more, such as 1,2,4");
    }
    IngestBenchmark.Result r;
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-bench-", spec)) {
      r = IngestBenchmark.run(articles, work.path(), workers);
    }
    out.printf(
        Locale.ROOT,
        "plain Lucene indexing   %,10.0f articles/s  (%.1f s, peak heap %,d MB)%n",
        r.lucene().perSecond(),
        r.lucene().seconds(),
        r.lucene().peakHeapBytes() >> 20);
    for (IngestBenchmark.PipelineRun p : r.pipelines()) {
      line(out, "embedded", p, r.pipelines().get(0));
    }
    IngestBenchmark.PipelineRun first = r.pipelines().get(0);
    out.printf(
        Locale.ROOT,
        "pipeline / Lucene       %10.3f  (%d worker%s: the pipeline is %.1f× slower than its"
            + " floor)%n"
            + "stored %,d articles, %,d copies (exact or near), %,d rejected%n",
        1 / r.slowdown(),
        first.workers(),
        first.workers() == 1 ? "" : "s",
        r.slowdown(),
        r.report().stored(),
        r.report().duplicates(),
        r.report().rejected().size());
    List<IngestBenchmark.PipelineRun> onOpenSearch = new java.util.ArrayList<>();
    if (store != null) {
      org.trame.store.opensearch.OpenSearchAddress address =
          org.trame.store.opensearch.OpenSearchAddress.parse(store);
      // the cluster compiles its code too: an unmeasured ingest first, into a store of its own
      IngestBenchmark.pipeline(
          IngestBenchmark.warmUp(articles),
          1,
          () ->
              Trame.over(
                  org.trame.store.opensearch.OpenSearchStore.openForWriting(
                      address.withPrefix(address.prefix() + "-warm-up")),
                  java.time.Clock.systemUTC()));
      for (int n : workers) {
        org.trame.store.opensearch.OpenSearchAddress at =
            onOpenSearch.isEmpty() ? address : address.withPrefix(address.prefix() + "-w" + n);
        IngestBenchmark.PipelineRun p =
            IngestBenchmark.pipeline(
                articles,
                n,
                () ->
                    new org.trame.app.StoreLocation.OpenSearch(at)
                        .openEmptyForWriting(Trame.Options.defaults().withWorkers(n)));
        onOpenSearch.add(p);
        line(out, "OpenSearch", p, onOpenSearch.get(0));
        out.flush();
      }
      out.printf(
          Locale.ROOT,
          "OpenSearch / embedded   %10.3f  (%d worker%s each)%n",
          onOpenSearch.get(0).run().perSecond() / first.run().perSecond(),
          first.workers(),
          first.workers() == 1 ? "" : "s");
    }
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("articles", articles.size());
      node.put("pipeline_articles_per_s", Math.round(r.pipeline().perSecond()));
      node.put("lucene_articles_per_s", Math.round(r.lucene().perSecond()));
      node.put("ratio", EvalCommand.round(1 / r.slowdown()));
      node.put("pipeline_peak_heap_mb", r.pipeline().peakHeapBytes() >> 20);
      node.put("lucene_peak_heap_mb", r.lucene().peakHeapBytes() >> 20);
      node.put("duplicates", r.report().duplicates());
      node.set("embedded", runs(r.pipelines()));
      if (!onOpenSearch.isEmpty()) {
        node.put(
            "opensearch_ratio",
            EvalCommand.round(onOpenSearch.get(0).run().perSecond() / first.run().perSecond()));
        node.set("opensearch", runs(onOpenSearch));
      }
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }
}
