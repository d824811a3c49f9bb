package org.trame.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trame.eval.extraction.ExtractionScorer.PageScore;
import org.trame.eval.extraction.ExtractionScorer.Score;

class ExtractionScorerTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ExtractionScorer.tokens("Ça coûte 5 €, déjà-vu l'été_2 ΑΒΓ"))
        .containsExactly("Ça", "coûte", "5", "déjà", "vu", "l", "été_2", "ΑΒΓ");
    assertThat(ExtractionScorer.tokens(null)).isEmpty();
  }

  @Test
  void shinglesAreAMultisetOfFourTokenRuns() {
    assertThat(ExtractionScorer.shingles("a b c d a b c d"))
        .isEqualTo(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    assertThat(ExtractionScorer.shingles("only three words")).isEmpty();
    assertThat(ExtractionScorer.shingles("")).isEmpty();
  }

  @Test
  void identicalTextsScoreOne() {
    PageScore s = ExtractionScorer.page("One two three four five.", "One, two; three four\n\nfive");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.tp()).isEqualTo(1.0);
  }

  @Test
  void disjointTextsScoreZero() {
    PageScore s = ExtractionScorer.page("a b c d e", "v w x y z");
    assertThat(s.precision()).isEqualTo(0.0);
    assertThat(s.recall()).isEqualTo(0.0);
    // case matters: the benchmark does not lower-case
    assertThat(ExtractionScorer.page("The cat sat down", "the cat sat down").recall())
        .isEqualTo(0.0);
  }

  @Test
  void partialOverlapIsNormalizedToSumOne() {
    // truth: abcd bcde cdef; predicted: abcd bcde cdex -> tp 2, fp 1, fn 1 out of 4
    PageScore s = ExtractionScorer.page("a b c d e f", "a b c d e x");
    assertThat(s.tp()).isEqualTo(0.5);
    assertThat(s.fp()).isEqualTo(0.25);
    assertThat(s.fn()).isEqualTo(0.25);
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void repeatedShinglesCountAsOftenAsTheyOccur() {
    // truth: abcd twice, bcda, cdab, dabc; predicted abcd once -> tp 1, fp 0, fn 4
    PageScore s = ExtractionScorer.page("a b c d a b c d", "a b c d");
    assertThat(s.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(s.fn()).isCloseTo(0.8, within(1e-12));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.2, within(1e-12));
    // and the other way: predicting abcd three times against once is two false positives
    PageScore twice = ExtractionScorer.page("a b c d", "a b c d x a b c d y a b c d");
    assertThat(twice.precision()).isCloseTo(1.0 / 11, within(1e-12));
    assertThat(twice.recall()).isEqualTo(1.0);
  }

  @Test
  void pagesWithoutPredictedOrTrueShinglesAreLeftOutOfThatMean() {
    PageScore perfect = ExtractionScorer.page("a b c d e", "a b c d e");
    PageScore nothingPredicted = ExtractionScorer.page("a b c d e", "");
    PageScore nothingToFind = ExtractionScorer.page("", "p q r s t");
    assertThat(nothingPredicted.precision()).isNull();
    assertThat(nothingPredicted.recall()).isEqualTo(0.0);
    assertThat(nothingToFind.recall()).isNull();
    assertThat(nothingToFind.precision()).isEqualTo(0.0);

    Score mean = ExtractionScorer.mean(List.of(perfect, nothingPredicted));
    assertThat(mean.precision()).isEqualTo(1.0);
    assertThat(mean.recall()).isEqualTo(0.5);
    assertThat(mean.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(mean.precisionPages()).isEqualTo(1);
    assertThat(mean.recallPages()).isEqualTo(2);

    Score other = ExtractionScorer.mean(List.of(perfect, nothingToFind));
    assertThat(other.precision()).isEqualTo(0.5);
    assertThat(other.recall()).isEqualTo(1.0);
    assertThat(ExtractionScorer.mean(List.of()).f1()).isEqualTo(0.0);
  }
}
