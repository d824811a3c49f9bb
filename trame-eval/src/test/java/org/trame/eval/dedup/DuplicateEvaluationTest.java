package org.trame.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.dedup.Sketcher;

class DuplicateEvaluationTest {

  /** Twelve short articles of our own: an exact copy, a near copy, one title over two bodies. */
  static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(DuplicateEvaluationTest.class.getResource("/dedup/" + name))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void knownGroupsAreScoredByBodyAndLinksOutsideThemAreShown(@TempDir Path dir) throws Exception {
    List<CorpusArticle> corpus = CorpusReader.read(fixture("articles.jsonl"), Integer.MAX_VALUE);
    List<List<String>> groups = DuplicateGroups.read(fixture("groups.txt"));

    DuplicateEvaluation.GroupResult r =
        DuplicateEvaluation.groups(
            corpus, groups, Sketcher.standard(), NearDuplicateFinder.DEFAULT_THRESHOLD, dir);

    GroupScore s = r.score();
    assertThat(s.groups()).isEqualTo(2);
    assertThat(s.missingMembers()).isZero();
    // 1 and 2 share their body: found; 3 and 4 share a title only: not copies
    assertThat(s.sameBodyGroups()).isEqualTo(1);
    assertThat(s.sameBodyGroupsFound()).isEqualTo(1);
    assertThat(s.otherPairs()).isEqualTo(1);
    assertThat(s.otherPairsFound()).isZero();
    // 5 is an edited copy of 1 that the groups do not list: 1, 2, 5 make three pairs
    assertThat(s.predictedPairs()).isEqualTo(3);
    assertThat(s.predictedInGroups()).isEqualTo(1);
    assertThat(s.extraSample())
        .extracting(GroupScore.Link::copy, GroupScore.Link::original)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("petit/5", "petit/1"));
    assertThat(r.disagreements()).isZero();
    assertThat(r.timing().articles()).isEqualTo(12);
    // a stricter threshold links fewer pairs, never more
    List<Long> linked = new ArrayList<>();
    r.sweep().values().forEach(g -> linked.add(g.predictedPairs()));
    assertThat(linked).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(r.sweep().get(0.95).predictedPairs()).isEqualTo(1);
  }

  @Test
  void madeCopiesAreScoredPerKindAgainstUnrelatedArticles(@TempDir Path dir) throws Exception {
    List<CorpusArticle> corpus = CorpusReader.read(fixture("articles.jsonl"), Integer.MAX_VALUE);
    List<List<String>> groups = DuplicateGroups.read(fixture("groups.txt"));

    DuplicateEvaluation.SyntheticResult r =
        DuplicateEvaluation.synthetic(
            corpus,
            DuplicateEvaluation.keys(groups),
            3,
            1,
            Sketcher.standard(),
            NearDuplicateFinder.DEFAULT_THRESHOLD,
            dir);

    assertThat(r.copies()).isEqualTo(3);
    // 8 articles are in no group: 3 copied, 3 unrelated
    assertThat(r.score().originals()).isEqualTo(6);
    assertThat(r.score().byKind().keySet())
        .containsExactly(
            SyntheticCopies.Kind.EDITED_10,
            SyntheticCopies.Kind.EDITED_20,
            SyntheticCopies.Kind.TRUNCATED);
    assertThat(r.disagreements()).isZero();
    List<Double> recalls = new ArrayList<>();
    r.sweep().values().forEach(s -> recalls.add(s.recall()));
    assertThat(recalls).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }
}
