package org.trame.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineScorerTest {

  private static final LocalDate D1 = LocalDate.of(2011, 1, 25);
  private static final LocalDate D2 = LocalDate.of(2011, 2, 11);
  private static final LocalDate D3 = LocalDate.of(2011, 3, 15);

  @Test
  void dateF1ComparesTheSetsOfDates() {
    TimelineScorer.Prf s = TimelineScorer.dateF1(Set.of(D1, D2), Set.of(D1, D3));
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isEqualTo(0.5);
  }

  @Test
  void rougeCountsOnlyWordsOfTheSameDate() {
    Map<LocalDate, List<String>> produced = Map.of(D1, List.of("A b, c"), D2, List.of("x y"));
    Map<LocalDate, List<String>> reference = Map.of(D1, List.of("a B d"), D3, List.of("x"));
    // "x" is in the reference too, but on another date: no match
    TimelineScorer.Prf r1 = TimelineScorer.agreementRouge(produced, reference, 1);
    assertThat(r1.precision()).isCloseTo(2.0 / 5, within(1e-9));
    assertThat(r1.recall()).isCloseTo(2.0 / 4, within(1e-9));
    TimelineScorer.Prf r2 = TimelineScorer.agreementRouge(produced, reference, 2);
    assertThat(r2.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r2.recall()).isCloseTo(1.0 / 2, within(1e-9));
    assertThat(r2.f1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void aRepeatedWordMatchesAsOftenAsTheReferenceHasIt() {
    TimelineScorer.Prf r =
        TimelineScorer.agreementRouge(
            Map.of(D1, List.of("paz paz paz")), Map.of(D1, List.of("paz")), 1);
    assertThat(r.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.recall()).isEqualTo(1.0);
  }
}
