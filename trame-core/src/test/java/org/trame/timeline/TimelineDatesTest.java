package org.trame.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class TimelineDatesTest {

  @Test
  void readsAndWritesEveryPrecisionATimelineHolds() {
    for (String value :
        new String[] {"2022-12-19", "2020-09", "2021-SU", "2022-Q2", "2021-H2", "2023"}) {
      assertThat(TimelineDates.label(TimelineDates.parse(value))).isEqualTo(value);
    }
    PublishedDate q2 = TimelineDates.parse("2022-Q2");
    assertThat(q2.precision()).isEqualTo(Precision.QUARTER);
    assertThat(q2.lastDay()).hasToString("2022-06-30");
    assertThat(TimelineDates.parse("2021-H2").precision()).isEqualTo(Precision.HALF);
  }

  @Test
  void whatNamesNoPeriodIsNoDate() {
    assertThat(TimelineDates.parse("2022-Q5")).isNull();
    assertThat(TimelineDates.parse("2022-W51")).isNull();
    assertThat(TimelineDates.parse("PAST_REF")).isNull();
  }
}
