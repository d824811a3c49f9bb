package org.trame.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateTest {

  @Test
  void parsesADay() {
    PublishedDate d = PublishedDate.parse("2023-06-12");
    assertThat(d.date()).isEqualTo(LocalDate.of(2023, 6, 12));
    assertThat(d.precision()).isEqualTo(Precision.DAY);
    assertThat(d.estimated()).isFalse();
  }

  @Test
  void parsesAMonthAsItsFirstDay() {
    PublishedDate d = PublishedDate.parse("2023-06");
    assertThat(d.date()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(d.precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void refusesYearZeroWhichNoArticleWasPublishedIn() {
    for (String text : List.of("0000", "0000-01", "0000-01-06")) {
      assertThatThrownBy(() -> PublishedDate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a date: '" + text + "' (there is no year 0000)");
    }
    assertThat(PublishedDate.parse("0001-01-01").date()).isEqualTo(LocalDate.of(1, 1, 1));
  }

  @Test
  void parsesAYearAsItsFirstDay() {
    PublishedDate d = PublishedDate.parse("2021");
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(d.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void toleratesSurroundingSpaces() {
    assertThat(PublishedDate.parse("  2023-06 \n"))
        .isEqualTo(PublishedDate.month(YearMonth.of(2023, 6)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023/06/12",
        "12-06-2023",
        "2023-13",
        "2023-02-30",
        "hier",
        "abcd",
        "",
        "2023-6-1"
      })
  void rejectsTextThatIsNotADateAndNamesIt(String text) {
    assertThatThrownBy(() -> PublishedDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999", "+202"})
  void rejectsASignedYear(String text) {
    assertThatThrownBy(() -> PublishedDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void lastDayOfADayIsItself() {
    assertThat(PublishedDate.parse("2024-02-10").lastDay()).isEqualTo(LocalDate.of(2024, 2, 10));
  }

  @Test
  void lastDayOfFebruaryInALeapYearIsThe29th() {
    assertThat(PublishedDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PublishedDate.parse("2023-02").lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
  }

  @Test
  void lastDayOfAYearIsDecember31st() {
    assertThat(PublishedDate.parse("2024").lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void lastDayOfASeasonIsThreeMonthsOn() {
    PublishedDate spring = new PublishedDate(LocalDate.of(2023, 3, 1), Precision.SEASON, true);
    assertThat(spring.lastDay()).isEqualTo(LocalDate.of(2023, 5, 31));
  }

  @Test
  void isoIsWrittenAtItsOwnPrecision() {
    assertThat(PublishedDate.parse("2023-06-12").iso()).isEqualTo("2023-06-12");
    assertThat(PublishedDate.parse("2023-06").iso()).isEqualTo("2023-06");
    assertThat(PublishedDate.parse("2023").iso()).isEqualTo("2023");
  }

  @Test
  void toStringMarksEstimatedDates() {
    PublishedDate estimated = new PublishedDate(LocalDate.of(2023, 6, 1), Precision.MONTH, true);
    assertThat(estimated.toString()).isEqualTo("2023-06 (estimated)");
    assertThat(PublishedDate.parse("2023-06").toString()).isEqualTo("2023-06");
  }

  @Test
  void aMonthIsKnownOnlyOnceItsLastDayIsReached() {
    PublishedDate june = PublishedDate.parse("2023-06");
    assertThat(june.knownBy(LocalDate.of(2023, 6, 29))).isFalse();
    assertThat(june.knownBy(LocalDate.of(2023, 6, 30))).isTrue();
    assertThat(june.knownBy(LocalDate.of(2023, 7, 1))).isTrue();
  }

  @Test
  void aDayIsKnownFromThatDay() {
    PublishedDate day = PublishedDate.parse("2023-06-12");
    assertThat(day.knownBy(LocalDate.of(2023, 6, 11))).isFalse();
    assertThat(day.knownBy(LocalDate.of(2023, 6, 12))).isTrue();
  }

  @Test
  void aYearIsKnownOnlyAtItsEnd() {
    PublishedDate year = PublishedDate.parse("2022");
    assertThat(year.knownBy(LocalDate.of(2022, 12, 30))).isFalse();
    assertThat(year.knownBy(LocalDate.of(2022, 12, 31))).isTrue();
  }

  @Test
  void ordersByStartThenMorePreciseFirst() {
    PublishedDate day = PublishedDate.parse("2023-01-01");
    PublishedDate month = PublishedDate.parse("2023-01");
    PublishedDate year = PublishedDate.parse("2023");
    PublishedDate later = PublishedDate.parse("2023-01-02");
    PublishedDate earlier = PublishedDate.parse("2022-12");

    assertThat(day.compareTo(month)).isNegative();
    assertThat(month.compareTo(day)).isPositive();
    assertThat(month.compareTo(year)).isNegative();
    assertThat(day.compareTo(PublishedDate.parse("2023-01-01"))).isZero();

    List<PublishedDate> dates = new ArrayList<>(List.of(later, year, month, earlier, day));
    Collections.sort(dates);
    assertThat(dates).containsExactly(earlier, day, month, year, later);
  }

  @Test
  void aLaterMonthSortsAfterAnEarlierDay() {
    assertThat(PublishedDate.parse("2023-06").compareTo(PublishedDate.parse("2023-05-31")))
        .isPositive();
  }

  @Test
  void aQuarterAndAHalfYearAreTheirMonthsWrittenAsTimexDoes() {
    PublishedDate q4 = PublishedDate.quarter(2023, 4);
    assertThat(q4.date()).hasToString("2023-10-01");
    assertThat(q4.lastDay()).hasToString("2023-12-31");
    assertThat(q4.iso()).isEqualTo("2023-Q4");
    PublishedDate h1 = PublishedDate.half(2023, 1);
    assertThat(h1.lastDay()).hasToString("2023-06-30");
    assertThat(h1.iso()).isEqualTo("2023-H1");
    assertThatThrownBy(() -> PublishedDate.quarter(2023, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedDate.half(2023, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
