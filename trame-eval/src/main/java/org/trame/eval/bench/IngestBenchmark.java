package org.trame.eval.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.RawArticle;
import org.trame.store.lucene.FrenchTextAnalyzer;

/**
 * Ingest throughput of the whole pipeline against its floor, plain Lucene indexing of the same text
 * with the same French analysis, on the same articles in the same run (these machines are shared
 * and noisy: only the ratio travels). Articles are read into memory first so that neither side pays
 * for decompression and JSON parsing.
 */
public final class IngestBenchmark {

  /**
   * @param articles how many were ingested
   * @param seconds wall time
   * @param peakHeapBytes the highest heap use seen during the run (sum of heap pools' peaks)
   */
  public record Run(long articles, double seconds, long peakHeapBytes) {
    public double perSecond() {
      return articles / seconds;
    }
  }

  /**
   * One ingest through the whole pipeline.
   *
   * @param workers threads that cleaned and analysed
   * @param placement a digest of every story's id and articles: equal digests, equal stories
   */
  public record PipelineRun(int workers, Run run, IngestReport report, String placement) {}

  /** The floor and the pipeline with each number of workers (the first is the reference). */
  public record Result(Run lucene, List<PipelineRun> pipelines) {
    public Run pipeline() {
      return pipelines.get(0).run();
    }

    public IngestReport report() {
      return pipelines.get(0).report();
    }

    /** How many times slower than the floor the pipeline is. */
    public double slowdown() {
      return lucene.perSecond() / pipeline().perSecond();
    }
  }

  private IngestBenchmark() {}

  public static Result run(List<RawArticle> articles, Path workDir) throws IOException {
    return run(articles, workDir, List.of(Trame.DEFAULT_WORKERS));
  }

  /**
   * Plain Lucene, then the pipeline into a fresh store (under {@code workDir/trame}, then {@code
   * trame-wN}) with each number of {@code workers}.
   */
  public static Result run(List<RawArticle> articles, Path workDir, List<Integer> workers)
      throws IOException {
    List<RawArticle> warmUp = warmUp(articles);
    plainLucene(warmUp, workDir.resolve("warm-up-lucene"));
    pipeline(warmUp, 1, () -> Trame.open(workDir.resolve("warm-up")));
    Run lucene = measure(() -> plainLucene(articles, workDir.resolve("lucene")), articles.size());
    List<PipelineRun> pipelines = new java.util.ArrayList<>();
    for (int n : workers) {
      Path dir = workDir.resolve(pipelines.isEmpty() ? "trame" : "trame-w" + n);
      pipelines.add(
          pipeline(articles, n, () -> Trame.open(dir, Trame.Options.defaults().withWorkers(n))));
    }
    return new Result(lucene, pipelines);
  }

  /**
   * The articles a run first ingests unmeasured, so that the first measured run does not pay for
   * compiling the code the later ones find compiled: a tenth, from 20 to 300.
   */
  public static List<RawArticle> warmUp(List<RawArticle> articles) {
    return articles.subList(
        0, Math.min(articles.size(), Math.max(20, Math.min(300, articles.size() / 10))));
  }

  /** Opens the store an ingest goes to. */
  public interface Opener {
    Trame open() throws IOException;
  }

  /** Ingests {@code articles} into the store {@code opener} opens, timed, closing it after. */
  public static PipelineRun pipeline(List<RawArticle> articles, int workers, Opener opener)
      throws IOException {
    IngestReport[] report = new IngestReport[1];
    String[] placement = new String[1];
    Run run =
        measure(
            () -> {
              try (Trame trame = opener.open()) {
                report[0] = trame.ingest(articles, IngestListener.NONE);
                placement[0] = placement(trame);
              }
            },
            articles.size());
    return new PipelineRun(workers, run, report[0], placement[0]);
  }

  /** A short digest of every story: its id, its events and its articles. */
  static String placement(Trame trame) {
    List<String> stories = new java.util.ArrayList<>();
    for (org.trame.story.Story s : trame.stories()) {
      stories.add(
          s.id()
              + " "
              + s.eventIds().stream().sorted().toList()
              + " "
              + s.articleIds().stream().sorted().toList());
    }
    java.util.Collections.sort(stories);
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", stories).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The floor: one document per article, id plus analysed title and text, one commit. */
  static void plainLucene(List<RawArticle> articles, Path dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new FrenchTextAnalyzer());
    config.setRAMBufferSizeMB(64);
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (RawArticle a : articles) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
        doc.add(new TextField("text", a.text(), Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  private interface Work {
    void run() throws IOException;
  }

  private static Run measure(Work work, long count) throws IOException {
    try (HeapMeter meter = HeapMeter.start()) {
      long start = System.nanoTime();
      work.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(count, seconds, meter.peakHeapBytes());
    }
  }
}
