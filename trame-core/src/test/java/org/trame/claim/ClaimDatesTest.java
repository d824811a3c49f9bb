package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class ClaimDatesTest {

  @Test
  void readsTimexValuesAtTheirPrecisionAndWritesSeasonsAsTimexDoes() {
    PublishedDate summer = ClaimDates.parse("2023-SU").orElseThrow();
    assertThat(summer.precision()).isEqualTo(Precision.SEASON);
    assertThat(summer.date()).hasToString("2023-06-01");
    assertThat(summer.lastDay()).hasToString("2023-08-31");
    assertThat(ClaimDates.label(summer)).isEqualTo("2023-SU");
    assertThat(ClaimDates.label(ClaimDates.parse("2022-WI").orElseThrow())).isEqualTo("2022-WI");
    assertThat(ClaimDates.parse("2023-07").orElseThrow().precision()).isEqualTo(Precision.MONTH);
    assertThat(ClaimDates.parse("2023").orElseThrow().precision()).isEqualTo(Precision.YEAR);
    // a time of day keeps its day
    assertThat(ClaimDates.parse("2022-12-19TMO").orElseThrow().iso()).isEqualTo("2022-12-19");
  }

  @Test
  void referencesWeeksAndImpossibleDatesAreNoValue() {
    assertThat(ClaimDates.parse("PAST_REF")).isEmpty();
    assertThat(ClaimDates.parse("2023-W28")).isEmpty();
    assertThat(ClaimDates.parse("2023-02-30")).isEmpty();
    assertThat(ClaimDates.parse(null)).isEmpty();
  }

  @Test
  void aDayInsideASeasonIsWithinIt() {
    PublishedDate summer = ClaimDates.parse("2023-SU").orElseThrow();
    assertThat(ClaimDates.within(PublishedDate.parse("2023-07-14"), summer)).isTrue();
    assertThat(ClaimDates.within(PublishedDate.parse("2023-09-14"), summer)).isFalse();
    assertThat(ClaimDates.within(summer, PublishedDate.parse("2023-07-14"))).isFalse();
  }

  @Test
  void aboutTheSameTimeIsAWeekApartOrOverlapping() {
    assertThat(
            ClaimDates.sameTime(
                PublishedDate.parse("2024-03-04"), PublishedDate.parse("2024-03-11")))
        .isTrue();
    assertThat(
            ClaimDates.sameTime(
                PublishedDate.parse("2024-03-04"), PublishedDate.parse("2024-03-12")))
        .isFalse();
    assertThat(
            ClaimDates.sameTime(PublishedDate.parse("2024-03"), PublishedDate.parse("2024-03-20")))
        .isTrue();
    assertThat(ClaimDates.sameTime(PublishedDate.parse("2024-03"), null)).isFalse();
  }
}
