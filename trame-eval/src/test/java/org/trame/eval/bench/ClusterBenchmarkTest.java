package org.trame.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.RawArticle;
import org.trame.eval.data.LabelledArticles;

/** The replay's articles and the windows' plumbing; the figures are printed by `trame bench`. */
class ClusterBenchmarkTest {

  @TempDir Path work;

  private static List<RawArticle> corpus() throws Exception {
    Path file = Path.of(ClusterBenchmarkTest.class.getResource("/replay-corpus.jsonl").toURI());
    return LabelledArticles.read(file, 100).stream()
        .map(LabelledArticles.Labelled::article)
        .toList();
  }

  @Test
  void repeatsHaveTheirOwnIdsLaterDatesAndOtherText() throws Exception {
    List<RawArticle> corpus = corpus();
    List<RawArticle> replayed = new ArrayList<>();
    ClusterBenchmark.replay(corpus, corpus.size() * 3L).forEach(replayed::add);

    assertThat(replayed).hasSize(corpus.size() * 3);
    assertThat(replayed.subList(0, corpus.size())).isEqualTo(corpus);
    Set<String> ids = new HashSet<>();
    replayed.forEach(a -> ids.add(a.id()));
    assertThat(ids).hasSize(replayed.size());
    for (int i = 0; i < corpus.size(); i++) {
      RawArticle base = corpus.get(i);
      RawArticle second = replayed.get(corpus.size() * 2 + i);
      assertThat(second.text()).isNotBlank().isNotEqualTo(base.text());
      if (base.published() != null) {
        assertThat(second.published().date())
            .isEqualTo(base.published().date().plusYears(2L * ClusterBenchmark.YEARS_PER_ROUND));
        assertThat(second.published().precision()).isEqualTo(base.published().precision());
      }
    }
  }

  @Test
  void theReplayIsTheSameOnEveryRun() throws Exception {
    List<RawArticle> corpus = corpus();
    List<RawArticle> a = new ArrayList<>();
    List<RawArticle> b = new ArrayList<>();
    ClusterBenchmark.replay(corpus, corpus.size() * 2L).forEach(a::add);
    ClusterBenchmark.replay(corpus, corpus.size() * 2L).forEach(b::add);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void everyWindowIsReportedAndAllArticlesReachTheStore() throws Exception {
    List<RawArticle> corpus = corpus();
    long total = corpus.size() * 3L;
    List<ClusterBenchmark.Window> seen = new ArrayList<>();
    ClusterBenchmark.Result r =
        ClusterBenchmark.run(corpus, total, 5, work.resolve("s"), seen::add);

    assertThat(r.windows()).isEqualTo(seen);
    assertThat(r.windows()).extracting(ClusterBenchmark.Window::articles).allMatch(n -> n <= 5);
    assertThat(r.windows().stream().mapToLong(ClusterBenchmark.Window::articles).sum())
        .isEqualTo(total);
    assertThat(r.windows().get(r.windows().size() - 1).endArticle()).isEqualTo(total);
    // edited repeats are new articles, not near-copies of their originals
    assertThat(r.report().duplicates()).isZero();
    assertThat(r.report().stored()).isEqualTo(total);
    assertThat(r.counts().articles()).isEqualTo(total);
    assertThat(r.counts().stories()).isPositive();
    assertThat(r.peakHeapBytes()).isPositive();
    // the process's CPU clock ticks by 10 ms here: a window of a few milliseconds may read 0
    assertThat(r.windows()).allMatch(w -> w.cpuSeconds() >= 0);
    assertThat(r.windows().stream().mapToDouble(ClusterBenchmark.Window::cpuSeconds).sum())
        .isPositive();
    assertThat(r.windows()).allMatch(w -> w.liveBytes() > 0);
    assertThat(r.liveBytes()).isPositive();
  }
}
