package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshBandsTest {

  private static Signature signature(int... values) {
    return new Signature(values);
  }

  @Test
  void equalBandsGiveEqualKeysAndOneEqualBandIsEnough() {
    LshBands bands = new LshBands(3, 2);
    long[] a = bands.keys(signature(1, 2, 3, 4, 5, 6));
    long[] b = bands.keys(signature(9, 9, 3, 4, 9, 9));
    long[] c = bands.keys(signature(1, 9, 9, 4, 5, 9));

    assertThat(a[1]).isEqualTo(b[1]);
    assertThat(LshBands.shareBand(a, b)).isTrue();
    assertThat(LshBands.shareBand(a, c)).isFalse();
  }

  @Test
  void theSameValuesInAnotherBandGiveAnotherKey() {
    long[] keys = new LshBands(2, 2).keys(signature(1, 2, 1, 2));

    assertThat(keys[0]).isNotEqualTo(keys[1]);
  }

  @Test
  void candidatesAreLikelyAboveTheBandThresholdAndRareFarBelow() {
    LshBands bands = new LshBands(32, 4);

    assertThat(bands.candidateProbability(0.6)).isGreaterThan(0.98);
    assertThat(bands.candidateProbability(0.1)).isLessThan(0.01);
  }

  @Test
  void refusesASignatureThatDoesNotCutIntoItsBands() {
    assertThatThrownBy(() -> new LshBands(2, 2).keys(signature(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
