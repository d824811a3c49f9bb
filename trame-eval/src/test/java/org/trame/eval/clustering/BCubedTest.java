package org.trame.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  @Test
  void scoresAHandWorkedExample() {
    // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
    // precision per item 1, 1, 1/3, 2/3, 2/3; recall per item 2/3, 2/3, 1/3, 1, 1
    BCubed.Score s =
        BCubed.score(
            Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"),
            Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y"));
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.f1()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.items()).isEqualTo(5);
  }

  @Test
  void allInOneClusterHasFullRecallAndPoorPrecision() {
    BCubed.Score s =
        BCubed.score(
            Map.of("a", "1", "b", "1", "c", "1", "d", "1"),
            Map.of("a", "X", "b", "X", "c", "Y", "d", "Z"));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(1e-9));
  }

  @Test
  void singletonsHaveFullPrecision() {
    BCubed.Score s =
        BCubed.score(Map.of("a", "1", "b", "2", "c", "3"), Map.of("a", "X", "b", "X", "c", "X"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.clusters()).isEqualTo(3);
  }

  @Test
  void itemsWithoutAPredictionAreNotScored() {
    BCubed.Score s = BCubed.score(Map.of("a", "1"), Map.of("a", "X", "b", "X"));
    assertThat(s.items()).isEqualTo(1);
    assertThat(BCubed.score(Map.of(), Map.of("a", "X")).f1()).isZero();
  }
}
