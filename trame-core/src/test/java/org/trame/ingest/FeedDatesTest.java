package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trame.article.PublishedDate;

class FeedDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // French, as French CMSs write RSS dates
        "mar., 14 janv. 2020 10:00:00 +0100 | 2020-01-14",
        "mar, 14 janv 2020 10:00:00 +0100 | 2020-01-14",
        "mardi 14 janvier 2020 10:00 | 2020-01-14",
        "Mardi, 14 Janvier 2020 | 2020-01-14",
        "14 janvier 2020 | 2020-01-14",
        "1er février 2020 | 2020-02-01",
        "sam., 1 févr. 2020 08:30:00 +0100 | 2020-02-01",
        "Sam 01 Fev 2020 | 2020-02-01",
        "lun., 2 mars 2020 | 2020-03-02",
        "mer., 15 avr. 2020 12:00:00 CEST | 2020-04-15",
        "ven. 8 mai 2020 | 2020-05-08",
        "jeu., 11 juin 2020 06:00:00 GMT | 2020-06-11",
        "dim., 5 juil. 2020 | 2020-07-05",
        "dim. 5 juill. 2020 | 2020-07-05",
        "sam. 15 août 2020 | 2020-08-15",
        "15 aout 2020 | 2020-08-15",
        "mar., 1 sept. 2020 | 2020-09-01",
        "jeu. 1 oct. 2020 | 2020-10-01",
        "mer. 11 nov. 2020 | 2020-11-11",
        "ven., 25 déc. 2020 23:59:59 +0100 | 2020-12-25",
        "25 décembre 2020 à 18h30 | 2020-12-25",
        "le 3 mars 2021 à 9 h | 2021-03-03",
        // English and RFC 822
        "Tue, 14 Jan 2020 10:00:00 +0100 | 2020-01-14",
        "Tue, 14 Jan 2020 10:00:00 GMT | 2020-01-14",
        "Tue, 14 Jan 20 10:00:00 EST | 2020-01-14",
        "14 Jan 2020 10:00 Z | 2020-01-14",
        "Tuesday, January 14, 2020 | 2020-01-14",
        "January 14, 2020 10:00 AM | 2020-01-14",
        "Jan. 14, 2020 | 2020-01-14",
        "Mar 3, 2021 | 2021-03-03",
        "Sept 9 2021 | 2021-09-09",
        "14th January 2020 | 2020-01-14",
        "Sat, 29 Feb 2020 23:30:00 -0800 | 2020-02-29",
        // ISO 8601 and its variants: the day as written, not moved to UTC
        "2020-01-14 | 2020-01-14",
        "2020-01-14T10:00:00+01:00 | 2020-01-14",
        "2020-01-14T00:30:00+01:00 | 2020-01-14",
        "2021-03-01T23:30:00-05:00 | 2021-03-01",
        "2020-01-14T10:00:00Z | 2020-01-14",
        "2020-01-14T10:00:00.123+0100 | 2020-01-14",
        "2020-01-14 10:00:00 | 2020-01-14",
        "2020-01-14 10:00 | 2020-01-14",
        "20200114 | 2020-01-14",
        "20200114T100000Z | 2020-01-14",
        "2020/01/14 | 2020-01-14",
        // day first, as French sites write numbers; month first only when it cannot be a month
        "14/01/2020 | 2020-01-14",
        "03/04/2020 10:00 | 2020-04-03",
        "04/13/2020 | 2020-04-13",
        "14.01.2020 | 2020-01-14",
      })
  void readsADay(String text, String expected) {
    PublishedDate date = FeedDates.parse(text);

    assertThat(date).as(text).isNotNull();
    assertThat(date.iso()).isEqualTo(expected);
    assertThat(date.estimated()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-02 | 2021-02",
        "janvier 2020 | 2020-01",
        "Janv. 2020 | 2020-01",
        "March 2021 | 2021-03",
        "févr 2019 | 2019-02",
      })
  void aMonthStaysAMonth(String text, String expected) {
    assertThat(FeedDates.parse(text).iso()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "demain",
        "14 janvier",
        "32 janvier 2020",
        "30 février 2020",
        "2020-13-01",
        "14 janvier 2020 et 15 mars 2020",
        "le jour du marché, 14 janvier 2020",
        "Tue, 14 Foo 2020",
        "mar.",
        "12:00",
      })
  void givesNullRatherThanAGuess(String text) {
    assertThat(FeedDates.parse(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mar 14 2020", "14 mar 2020", "Sat, 14 Mar 2020 10:00:00 +0000"})
  void marAloneIsMarch(String text) {
    assertThat(FeedDates.parse(text).iso()).isEqualTo("2020-03-14");
  }
}
