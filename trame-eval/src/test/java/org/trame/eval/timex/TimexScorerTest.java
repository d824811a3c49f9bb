package org.trame.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.analysis.TimeMention;
import org.trame.eval.timex.TimexScorer.Counts;
import org.trame.eval.timex.TimexScorer.Pair;
import org.trame.eval.timex.TimexScorer.Prf;

/** Hand-worked cases; offsets refer to an imagined text, only the spans matter here. */
class TimexScorerTest {

  private static TimeMention m(int start, int end, String type, String value) {
    return new TimeMention("x".repeat(end - start), type, value, start, end);
  }

  private static TimeMention date(int start, int end, String value) {
    return m(start, end, "DATE", value);
  }

  @Test
  void anExactMatchScoresOneEverywhere() {
    Counts c =
        TimexScorer.score(List.of(date(3, 10, "2021-06-26")), List.of(date(3, 10, "2021-06-26")));

    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1, 1, 1));
    for (Prf p : List.of(c.strictScore(), c.relaxedScore(), c.valueScore(), c.typeScore())) {
      assertThat(p.precision()).isEqualTo(1.0);
      assertThat(p.recall()).isEqualTo(1.0);
      assertThat(p.f1()).isEqualTo(1.0);
    }
  }

  @Test
  void aPartialOverlapCountsForRelaxedOnly() {
    // gold "le 26 juin" [0,10), system "26 juin" [3,10)
    Counts c =
        TimexScorer.score(List.of(date(0, 10, "2021-06-26")), List.of(date(3, 10, "2021-06-26")));

    assertThat(c.strictScore().f1()).isZero();
    assertThat(c.relaxedScore().f1()).isEqualTo(1.0);
    assertThat(c.valueScore().f1()).isEqualTo(1.0);
    assertThat(c.typeScore().f1()).isEqualTo(1.0);
  }

  @Test
  void touchingSpansDoNotOverlap() {
    Counts c = TimexScorer.score(List.of(date(0, 5, "a")), List.of(date(5, 9, "a")));

    assertThat(c.relaxed()).isZero();
  }

  @Test
  void aWrongValueCountsForTheSpanButNotForTheValue() {
    Counts c =
        TimexScorer.score(List.of(date(0, 7, "2022-07-10")), List.of(date(0, 7, "2021-07-10")));

    assertThat(c.strictScore().f1()).isEqualTo(1.0);
    assertThat(c.relaxedScore().f1()).isEqualTo(1.0);
    assertThat(c.valueScore().f1()).isZero();
    assertThat(c.typeScore().f1()).isEqualTo(1.0);
  }

  @Test
  void aMissingValueIsNeverRight() {
    Counts c = TimexScorer.score(List.of(date(0, 7, "2022-07-10")), List.of(date(0, 7, null)));

    assertThat(c.value()).isZero();
    assertThat(c.type()).isEqualTo(1);
  }

  @Test
  void aWrongTypeCountsForTheSpanButNotForTheType() {
    // gold TIME "13 juillet à 23 h", system DATE "13 juillet" with the date's value
    Counts c =
        TimexScorer.score(
            List.of(m(0, 17, "TIME", "2021-07-13T23:00")), List.of(m(0, 10, "DATE", "2021-07-13")));

    assertThat(c).isEqualTo(new Counts(1, 1, 0, 1, 0, 0));
    Counts right =
        TimexScorer.score(List.of(m(0, 12, "DURATION", "PT4H")), List.of(m(0, 12, "TIME", "PT4H")));
    assertThat(right.value()).isEqualTo(1);
    assertThat(right.type()).isZero();
  }

  @Test
  void anExtraSystemMentionLowersPrecision() {
    Counts c =
        TimexScorer.score(
            List.of(date(0, 5, "2020")), List.of(date(0, 5, "2020"), date(20, 30, "1945-05-08")));

    assertThat(c.strictScore().precision()).isEqualTo(0.5);
    assertThat(c.strictScore().recall()).isEqualTo(1.0);
    assertThat(c.strictScore().f1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.relaxedScore().f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void aMissedGoldMentionLowersRecall() {
    Counts c =
        TimexScorer.score(
            List.of(date(0, 5, "2020"), date(10, 16, "PT4H")), List.of(date(0, 5, "2020")));

    assertThat(c.strictScore().precision()).isEqualTo(1.0);
    assertThat(c.strictScore().recall()).isEqualTo(0.5);
    assertThat(c.valueScore().f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void noSystemOutputScoresZeroWithoutDividingByZero() {
    Counts c = TimexScorer.score(List.of(date(0, 5, "2020")), List.of());

    for (Prf p : List.of(c.strictScore(), c.relaxedScore(), c.valueScore(), c.typeScore())) {
      assertThat(p).isEqualTo(new Prf(0, 0.0, 0.0, 0.0));
    }
    assertThat(TimexScorer.score(List.of(), List.of()).relaxedScore().f1()).isZero();
    assertThat(TimexScorer.score(List.of(), List.of(date(0, 4, "2020"))).relaxedScore().f1())
        .isZero();
  }

  @Test
  void eachMentionIsMatchedAtMostOnce() {
    // one system span over two gold ones: one match, one gold missed
    Counts wide =
        TimexScorer.score(List.of(date(0, 5, "a"), date(10, 20, "b")), List.of(date(0, 20, "b")));
    assertThat(wide).isEqualTo(new Counts(2, 1, 0, 1, 1, 1));
    // the larger overlap wins: [10,20) shares 10 characters, [0,5) only 5
    assertThat(
            TimexScorer.relaxedMatches(
                List.of(date(0, 5, "a"), date(10, 20, "b")), List.of(date(0, 20, "b"))))
        .containsExactly(new Pair(1, 0));
    // two system spans inside one gold: one match, one false positive
    Counts split =
        TimexScorer.score(List.of(date(0, 20, "a")), List.of(date(0, 8, "a"), date(10, 20, "a")));
    assertThat(split).isEqualTo(new Counts(1, 2, 0, 1, 1, 1));
    // the same span twice: the second is a false positive, even under strict matching
    Counts twice =
        TimexScorer.score(List.of(date(0, 5, "a")), List.of(date(0, 5, "a"), date(0, 5, "a")));
    assertThat(twice).isEqualTo(new Counts(1, 2, 1, 1, 1, 1));
  }

  @Test
  void attributesAreJudgedOnThePairTheGreedyMatchingChose() {
    // gold [0,10); X [0,4) overlaps by 4 with the right value, Y [2,10) by 8 with a wrong one:
    // Y is the match, so the value is wrong
    Counts c =
        TimexScorer.score(
            List.of(date(0, 10, "2020-05")),
            List.of(date(0, 4, "2020-05"), date(2, 10, "2021-05")));
    assertThat(c).isEqualTo(new Counts(1, 2, 0, 1, 0, 1));
    // crossing candidates: X-A 5, X-B 3, Y-A 2, Y-B 8 → Y with B, then X with A
    assertThat(
            TimexScorer.relaxedMatches(
                List.of(date(0, 10, "a"), date(12, 20, "b")),
                List.of(date(5, 15, "x"), date(8, 20, "y"))))
        .containsExactly(new Pair(0, 0), new Pair(1, 1));
  }

  @Test
  void everyStrictMatchIsAlsoARelaxedOne() {
    // the identical pair [0,5) ties in overlap with [0,9)'s overlap of gold [0,5); it goes first
    List<TimeMention> gold = List.of(date(0, 5, "a"), date(3, 9, "b"));
    List<TimeMention> system = List.of(date(0, 9, "b"), date(0, 5, "a"), date(3, 9, "b"));
    Counts c = TimexScorer.score(gold, system);

    assertThat(c.strict()).isEqualTo(2);
    assertThat(c.relaxed()).isEqualTo(2);
    assertThat(TimexScorer.relaxedMatches(gold, system))
        .containsExactly(new Pair(0, 1), new Pair(1, 2));
  }

  @Test
  void attributeF1IsAccuracyOnRelaxedMatchesTimesRelaxedF1() {
    // TempEval-3 writes it both ways; with one-to-one matching they agree
    List<TimeMention> gold =
        List.of(date(0, 5, "a"), date(10, 15, "b"), date(20, 25, "c"), date(30, 35, "d"));
    List<TimeMention> system =
        List.of(date(0, 5, "a"), date(12, 15, "x"), date(20, 24, "c"), date(40, 45, "e"));
    Counts c = TimexScorer.score(gold, system);

    assertThat(c).isEqualTo(new Counts(4, 4, 1, 3, 2, 3));
    double accuracy = (double) c.value() / c.relaxed();
    assertThat(c.valueScore().f1()).isCloseTo(accuracy * c.relaxedScore().f1(), within(1e-12));
    assertThat(c.valueScore().f1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void documentsAreMicroAveraged() {
    // doc 1: 1 gold found of 1; doc 2: 0 found of 3, 1 false positive
    Counts one = TimexScorer.score(List.of(date(0, 4, "a")), List.of(date(0, 4, "a")));
    Counts two =
        TimexScorer.score(
            List.of(date(0, 4, "a"), date(5, 9, "b"), date(10, 14, "c")),
            List.of(date(20, 24, "d")));
    Counts all = Counts.ZERO.plus(one).plus(two);

    assertThat(all).isEqualTo(new Counts(4, 2, 1, 1, 1, 1));
    assertThat(all.strictScore().precision()).isEqualTo(0.5);
    assertThat(all.strictScore().recall()).isEqualTo(0.25);
    assertThat(all.strictScore().f1()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
