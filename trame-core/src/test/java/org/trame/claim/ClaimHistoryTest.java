package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;

class ClaimHistoryTest {

  private static Statement said(String value, String when, String article) {
    return new Statement(
        "Le Film",
        ClaimKind.RELEASE_DATE,
        ClaimDates.parse(value).orElseThrow(),
        article,
        "outlet-" + article,
        when == null ? null : PublishedDate.parse(when),
        0,
        true);
  }

  @Test
  void aLaterSourceUpdatesAndAMorePreciseOneRefines() {
    // given out of order: the history sorts by when each was said
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(
                said("2023-07-12", "2023-06", "d"),
                said("2023-07-14", "2022-12-19", "c"),
                said("2021-11-17", "2020-10", "a"),
                said("2023-SU", "2022-12", "b")));
    assertThat(claim.values())
        .extracting(ClaimValue::text, v -> v.change().label(), ClaimValue::articleId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2021-11-17", "first", "a"),
            org.assertj.core.groups.Tuple.tuple("2023-SU", "update", "b"),
            org.assertj.core.groups.Tuple.tuple("2023-07-14", "refined", "c"),
            org.assertj.core.groups.Tuple.tuple("2023-07-12", "update", "d"));
    assertThat(claim.current().text()).isEqualTo("2023-07-12");
    assertThat(claim.values().get(0).source()).isEqualTo("outlet-a");
  }

  @Test
  void sourcesOfTheSameWeekThatDisagreeConflictAndTheFirstWordStands() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(said("2024-06-12", "2024-03-04", "a"), said("2024-06-14", "2024-03-06", "b")));
    assertThat(claim.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.CONFLICT);
    assertThat(claim.current().text()).isEqualTo("2024-06-12");
  }

  @Test
  void eightDaysLaterIsAnUpdateNotAConflict() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(said("2024-06-12", "2024-03-04", "a"), said("2024-06-14", "2024-03-12", "b")));
    assertThat(claim.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.UPDATE);
    assertThat(claim.current().text()).isEqualTo("2024-06-14");
  }

  @Test
  void aMonthPrecisionArticleCannotBeSaidToComeAfterADayOfItsMonth() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(said("2024-06-12", "2024-03-20", "a"), said("2024-06-14", "2024-03", "b")));
    // the month sorts first (it starts earlier), and the day of that month disagrees with it
    assertThat(claim.values()).extracting(ClaimValue::articleId).containsExactly("b", "a");
    assertThat(claim.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.CONFLICT);
  }

  @Test
  void restatementsAndVaguerValuesAreKeptAsSameAndDoNotMoveTheCurrentValue() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(
                said("2023-07-12", "2023-01-10", "a"),
                said("2023-07-12", "2023-03-01", "b"),
                said("2023-07", "2023-05-01", "c")));
    assertThat(claim.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.SAME, Change.SAME);
    assertThat(claim.current().articleId()).isEqualTo("a");
  }

  @Test
  void anUndatedArticleCannotUpdateItCanOnlyDisagree() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(said("2023-09-01", null, "z"), said("2023-07-12", "2023-01-10", "a")));
    assertThat(claim.values()).extracting(ClaimValue::articleId).containsExactly("a", "z");
    assertThat(claim.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.CONFLICT);
    assertThat(claim.values().get(1).said()).isNull();
  }

  @Test
  void oneArticleSayingOneValueTwiceIsOneValue() {
    Claim claim =
        ClaimHistory.of(
            "Le Film",
            ClaimKind.RELEASE_DATE,
            List.of(said("2023-07-12", "2023-01-10", "a"), said("2023-07-12", "2023-01-10", "a")));
    assertThat(claim.values()).hasSize(1);
  }
}
