package org.trame.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class DateTextTest {

  @Test
  void readsValuesAtTheirPrecision() {
    assertThat(DateText.parseValue("2023-07-12T10:00:00+02:00", null))
        .isEqualTo(PublishedDate.parse("2023-07-12"));
    assertThat(DateText.parseValue("2023-07", null).precision()).isEqualTo(Precision.MONTH);
    assertThat(DateText.parseValue("2023", null).precision()).isEqualTo(Precision.YEAR);
    assertThat(DateText.parseValue("Sat, 01 Feb 2020 08:00:00 +0000", null))
        .isEqualTo(PublishedDate.parse("2020-02-01"));
    assertThat(DateText.parseValue("yesterday", null)).isNull();
    assertThat(DateText.parseValue("2023-02-30", null)).isNull();
    assertThat(DateText.parseValue("0001-01-01", null)).isNull();
    assertThat(DateText.parseValue("x".repeat(10_000), null)).isNull();
  }

  @Test
  void findsFrenchAndEnglishDaysWithTheirLabels() {
    List<DateText.Found> found =
        DateText.find(
            "Publié le lundi 1er juillet 2019 à 10h, mis à jour le 2 juil. 2019 ; Feb. 3rd, 2020",
            true);

    assertThat(found)
        .extracting(DateText.Found::date)
        .containsExactly(
            LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2), LocalDate.of(2020, 2, 3));
    assertThat(found)
        .extracting(DateText.Found::label)
        .containsExactly(DateText.Label.PUBLISHED, DateText.Label.UPDATED, DateText.Label.NONE);
    assertThat(DateText.publication(found).date()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(DateText.find("FÉVRIER: le 14 Février 2021", true))
        .extracting(DateText.Found::date)
        .containsExactly(LocalDate.of(2021, 2, 14));
  }

  @Test
  void readsNumericDaysByTheLanguageOfThePage() {
    assertThat(DateText.find("03/04/2020", DateText.dayFirst("fr-FR")))
        .extracting(DateText.Found::date)
        .containsExactly(LocalDate.of(2020, 4, 3));
    assertThat(DateText.find("03/04/2020", DateText.dayFirst("en-US")))
        .extracting(DateText.Found::date)
        .containsExactly(LocalDate.of(2020, 3, 4));
    // English without a region: only the unambiguous ones
    assertThat(DateText.find("03/04/2020", DateText.dayFirst("en"))).isEmpty();
    assertThat(DateText.find("13/04/2020", DateText.dayFirst("en")))
        .extracting(DateText.Found::date)
        .containsExactly(LocalDate.of(2020, 4, 13));
    // a version number or a phone number is no date
    assertThat(DateText.find("version 1.2.2020.5 or 01.02.20334", true)).isEmpty();
  }
}
