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

  @Test
  void runsThePipelineOncePerNumberOfWorkersIntoFreshStores() throws Exception {
    Path file = Path.of(IngestBenchmarkTest.class.getResource("/labelled.jsonl").toURI());
    List<RawArticle> articles =
        LabelledArticles.read(file, 100).stream().map(LabelledArticles.Labelled::article).toList();
    IngestBenchmark.Result r = IngestBenchmark.run(articles, work, List.of(1, 3));
    assertThat(r.pipelines())
        .extracting(IngestBenchmark.PipelineRun::workers)
        .containsExactly(1, 3);
    assertThat(r.pipelines())
        .allSatisfy(p -> assertThat(p.report().stored()).isEqualTo(4))
        .extracting(IngestBenchmark.PipelineRun::placement)
        .containsOnly(r.pipelines().get(0).placement());
    assertThat(work.resolve("trame")).isDirectory();
    assertThat(work.resolve("trame-w3")).isDirectory();
  }
}
