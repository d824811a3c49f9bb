package org.trame.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.eval.data.LabelledArticles;

class ClusteringEvaluationTest {

  @TempDir Path work;

  private static Path fixture() throws Exception {
    return Path.of(ClusteringEvaluationTest.class.getResource("/labelled.jsonl").toURI());
  }

  @Test
  void twoClearSubjectsAreScoredPerfectlyAtStoryLevel() throws Exception {
    BCubed.Score s =
        ClusteringEvaluation.run(
            fixture(), ClusteringEvaluation.Level.STORY, LabelledArticles.Order.DATE, 1, work);
    assertThat(s.items()).isEqualTo(4);
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void eventLevelUsesTheEventLabels() throws Exception {
    BCubed.Score s =
        ClusteringEvaluation.run(
            fixture(), ClusteringEvaluation.Level.EVENT, LabelledArticles.Order.FILE, 1, work);
    assertThat(s.goldClusters()).isEqualTo(3);
    assertThat(s.items()).isEqualTo(4);
  }

  @Test
  void ordersAreDeterministic() throws Exception {
    var all = LabelledArticles.read(fixture(), 100);
    assertThat(LabelledArticles.ordered(all, LabelledArticles.Order.DATE, 1))
        .extracting(l -> l.article().id())
        .containsExactly("c", "a", "b", "d");
    assertThat(LabelledArticles.ordered(all, LabelledArticles.Order.SHUFFLE, 7))
        .isEqualTo(LabelledArticles.ordered(all, LabelledArticles.Order.SHUFFLE, 7));
    assertThat(LabelledArticles.read(fixture(), 2)).hasSize(2);
  }
}
