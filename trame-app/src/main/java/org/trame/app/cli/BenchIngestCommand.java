package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trame.IngestListener;
import org.trame.IngestReport;
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

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

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
    IngestBenchmark.Result r;
    try (WorkDirectory work = WorkDirectory.createOrKeep(data, "trame-bench-", spec)) {
      r = IngestBenchmark.run(articles, work.path());
    }
    out.printf(
        Locale.ROOT,
        "plain Lucene indexing  %,10.0f articles/s  (%.1f s, peak heap %,d MB)%n"
            + "trame full pipeline    %,10.0f articles/s  (%.1f s, peak heap %,d MB)%n"
            + "pipeline / Lucene      %10.3f  (the pipeline is %.1f× slower than its floor)%n"
            + "stored %,d articles, %,d copies (exact or near), %,d rejected%n",
        r.lucene().perSecond(),
        r.lucene().seconds(),
        r.lucene().peakHeapBytes() >> 20,
        r.pipeline().perSecond(),
        r.pipeline().seconds(),
        r.pipeline().peakHeapBytes() >> 20,
        1 / r.slowdown(),
        r.slowdown(),
        r.report().stored(),
        r.report().duplicates(),
        r.report().rejected().size());
    double openSearchPerSecond = 0;
    if (store != null) {
      org.trame.store.opensearch.OpenSearchAddress address =
          org.trame.store.opensearch.OpenSearchAddress.parse(store);
      long start = System.nanoTime();
      IngestReport report;
      try (Trame trame =
          Trame.over(
              org.trame.store.opensearch.OpenSearchStore.openForWriting(address),
              java.time.Clock.systemUTC())) {
        if (trame.status().articles() > 0) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "the store at " + address + " is not empty: give a new prefix");
        }
        report = trame.ingest(articles, IngestListener.NONE);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      openSearchPerSecond = articles.size() / seconds;
      out.printf(
          Locale.ROOT,
          "trame on OpenSearch    %,10.0f articles/s  (%.1f s, %s, stored %,d)%n"
              + "OpenSearch / embedded  %10.3f%n",
          openSearchPerSecond,
          seconds,
          address,
          report.stored(),
          openSearchPerSecond / r.pipeline().perSecond());
    }
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      if (store != null) {
        node.put("opensearch_articles_per_s", Math.round(openSearchPerSecond));
        node.put(
            "opensearch_ratio", EvalCommand.round(openSearchPerSecond / r.pipeline().perSecond()));
      }
      node.put("articles", articles.size());
      node.put("pipeline_articles_per_s", Math.round(r.pipeline().perSecond()));
      node.put("lucene_articles_per_s", Math.round(r.lucene().perSecond()));
      node.put("ratio", EvalCommand.round(1 / r.slowdown()));
      node.put("pipeline_peak_heap_mb", r.pipeline().peakHeapBytes() >> 20);
      node.put("lucene_peak_heap_mb", r.lucene().peakHeapBytes() >> 20);
      node.put("duplicates", r.report().duplicates());
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }
}
