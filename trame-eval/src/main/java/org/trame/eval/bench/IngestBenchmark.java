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

  /** Both runs and their ratio. */
  public record Result(Run lucene, Run pipeline, IngestReport report) {
    /** How many times slower than the floor the pipeline is. */
    public double slowdown() {
      return lucene.perSecond() / pipeline.perSecond();
    }
  }

  private IngestBenchmark() {}

  public static Result run(List<RawArticle> articles, Path workDir) throws IOException {
    Run lucene = measure(() -> plainLucene(articles, workDir.resolve("lucene")), articles.size());
    IngestReport[] report = new IngestReport[1];
    Run pipeline =
        measure(
            () -> {
              try (Trame trame = Trame.open(workDir.resolve("trame"))) {
                report[0] = trame.ingest(articles, IngestListener.NONE);
              }
            },
            articles.size());
    return new Result(lucene, pipeline, report[0]);
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
