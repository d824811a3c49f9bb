package org.trame.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.RawArticle;
import org.trame.eval.data.LabelledArticles;

/**
 * The benchmark's plumbing on a few articles; its figures are printed by `trame bench`, not tested.
 */
class IngestBenchmarkTest {

  @TempDir Path work;

  @Test
  void runsBothSidesOnTheSameArticles() throws Exception {
    Path file = Path.of(IngestBenchmarkTest.class.getResource("/labelled.jsonl").toURI());
    List<RawArticle> articles =
        LabelledArticles.read(file, 100).stream().map(LabelledArticles.Labelled::article).toList();
    IngestBenchmark.Result r = IngestBenchmark.run(articles, work);
    assertThat(r.lucene().articles()).isEqualTo(4);
    assertThat(r.pipeline().articles()).isEqualTo(4);
    assertThat(r.report().stored()).isEqualTo(4);
    assertThat(r.lucene().seconds()).isPositive();
    assertThat(r.pipeline().peakHeapBytes()).isPositive();
  }
}
