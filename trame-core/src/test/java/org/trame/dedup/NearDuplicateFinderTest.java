package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.TestArticles;
import org.trame.WireTexts;
import org.trame.article.Article;
import org.trame.store.lucene.LuceneStore;

class NearDuplicateFinderTest {

  @Test
  void theMostSimilarCandidateAtOrAboveTheThresholdLinksToItsRootOriginal() {
    List<CopyCandidate> candidates =
        List.of(
            new CopyCandidate("a", "a", 0.62),
            new CopyCandidate("b-copy", "b", 0.81),
            new CopyCandidate("c", "c", 0.40));

    assertThat(NearDuplicateFinder.best(candidates, 0.5)).contains(new Duplicate("b", 0.81));
    assertThat(NearDuplicateFinder.best(candidates, 0.62)).contains(new Duplicate("b", 0.81));
    assertThat(NearDuplicateFinder.best(candidates, 0.9)).isEmpty();
  }

  @Test
  void refusesAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> new NearDuplicateFinder(null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateFinder(null, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateFinder(null, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExactCopyIsFoundWithSimilarityOne(@TempDir Path dir) throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      Article original =
          TestArticles.article("wire", "2024-02-06", WireTexts.TITLE, WireTexts.STORY);
      store.add(TestArticles.stored(original, "s-1", "e-1"));
      Article copy = TestArticles.article("site", null, "Le pont fermé", WireTexts.STORY);

      assertThat(new NearDuplicateFinder(store, 0.5).originalOf(copy))
          .contains(new Duplicate("wire", 1.0));
    }
  }
}
