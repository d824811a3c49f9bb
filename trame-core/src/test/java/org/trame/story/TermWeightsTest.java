package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermWeightsTest {

  private static TermWeights vector(long[] terms, float[] weights) {
    return TermWeights.of(terms, weights);
  }

  @Test
  void ofSortsTermsAndKeepsTheirWeights() {
    TermWeights v = vector(new long[] {30, 10, 20}, new float[] {3, 1, 2});

    assertThat(v.terms()).containsExactly(10, 20, 30);
    assertThat(v.weights()).containsExactly(1f, 2f, 3f);
  }

  @Test
  void cosineOfSharedTermsOnly() {
    TermWeights a = vector(new long[] {1, 2}, new float[] {1, 1});
    TermWeights b = vector(new long[] {2, 3}, new float[] {1, 1});

    assertThat(a.cosine(b)).isCloseTo(0.5, within(1e-9));
    assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-6));
    assertThat(a.cosine(TermWeights.EMPTY)).isZero();
  }

  @Test
  void plusAddsScaledWeightsAndKeepsTheHeaviestTerms() {
    TermWeights a = vector(new long[] {1, 2, 3}, new float[] {5, 1, 1});
    TermWeights b = vector(new long[] {3, 4}, new float[] {2, 0.5f});

    TermWeights sum = a.plus(b, 2.0, 10);
    assertThat(sum.terms()).containsExactly(1, 2, 3, 4);
    assertThat(sum.weights()).containsExactly(5f, 1f, 5f, 1f);

    TermWeights kept = a.plus(b, 2.0, 2);
    assertThat(kept.terms()).containsExactly(1, 3);
    assertThat(kept.weights()).containsExactly(5f, 5f);
  }

  @Test
  void tiesAtTheCutAreKeptByPositionSoTheResultIsDeterministic() {
    TermWeights a = vector(new long[] {1, 2, 3}, new float[] {1, 1, 1});

    assertThat(a.plus(TermWeights.EMPTY, 1, 2).terms()).containsExactly(1, 2);
  }
}
