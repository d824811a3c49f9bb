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

  @Test
  void readsQuartersAndHalfYearsAsThePeriodsTheyAre() {
    PublishedDate q2 = ClaimDates.parse("2022-Q2").orElseThrow();
    assertThat(q2.precision()).isEqualTo(Precision.QUARTER);
    assertThat(q2.date()).hasToString("2022-04-01");
    assertThat(q2.lastDay()).hasToString("2022-06-30");
    assertThat(ClaimDates.label(q2)).isEqualTo("2022-Q2");
    PublishedDate h2 = ClaimDates.parse("2021-H2").orElseThrow();
    assertThat(h2.precision()).isEqualTo(Precision.HALF);
    assertThat(h2.lastDay()).hasToString("2021-12-31");
    assertThat(ClaimDates.label(h2)).isEqualTo("2021-H2");
    assertThat(ClaimDates.parse("2022-Q5")).isEmpty();
    assertThat(ClaimDates.parse("2022-H3")).isEmpty();
  }

  @Test
  void aWindowIsHeldAsTheSmallestPeriodThatHoldsBothEnds() {
    assertThat(cover("2024-06-15", "2024-07-31")).isEqualTo("2024-SU");
    assertThat(cover("2024-06-02", "2024-06-20")).isEqualTo("2024-06");
    assertThat(cover("2024-04", "2024-06")).isEqualTo("2024-Q2");
    assertThat(cover("2024-02", "2024-05")).isEqualTo("2024-H1");
    assertThat(cover("2024-01", "2024-12")).isEqualTo("2024");
    // a quarter before a season of the same length; winter opens in the December before
    assertThat(cover("2024-01-10", "2024-02-20")).isEqualTo("2024-Q1");
    assertThat(cover("2023-12-10", "2024-02-20")).isEqualTo("2023-WI");
    assertThat(cover("2024-12-20", "2025-01-05")).isEqualTo("2024-WI");
    assertThat(ClaimDates.cover(day("2024-11-20"), day("2025-01-05"))).isNull();
  }

  private static String cover(String first, String last) {
    return ClaimDates.label(ClaimDates.cover(day(first), day(last)));
  }

  private static PublishedDate day(String iso) {
    return ClaimDates.parse(iso).orElseThrow();
  }
}
