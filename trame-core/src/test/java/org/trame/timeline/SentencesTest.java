package org.trame.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  private static String statement(String text, String date) {
    int start = text.indexOf(date);
    return Sentences.statement(text, start, start + date.length());
  }

  @Test
  void theSentenceAroundTheDate() {
    String text = "Premier point. La scène a été filmée le 3 mai avec six caméras. Autre chose.";
    assertThat(statement(text, "le 3 mai"))
        .isEqualTo("La scène a été filmée le 3 mai avec six caméras.");
  }

  @Test
  void anOpeningDateBeforeACommaGoes() {
    String text = "En septembre 2020, le comédien a sauté d'une falaise à moto.";
    assertThat(statement(text, "septembre 2020"))
        .isEqualTo("Le comédien a sauté d'une falaise à moto.");
  }

  @Test
  void aClosingDateAfterALinkingWordGoes() {
    String text = "La scène a été tournée en Norvège en septembre 2020.";
    assertThat(statement(text, "septembre 2020")).isEqualTo("La scène a été tournée en Norvège.");
  }

  @Test
  void aClosingDateAfterACommaGoesWithIt() {
    String text = "Le second volet glisse lui aussi d'environ un an, à juin 2024.";
    assertThat(statement(text, "juin 2024"))
        .isEqualTo("Le second volet glisse lui aussi d'environ un an.");
  }

  @Test
  void aClosingDateAWordNeedsStays() {
    String text = "Le courant doit revenir dans neuf foyers sur dix d'ici à lundi.";
    assertThat(statement(text, "lundi")).isEqualTo(text);
  }

  @Test
  void aDateInTheMiddleStays() {
    String text = "Il a publié le 19 décembre les coulisses de la cascade.";
    assertThat(statement(text, "le 19 décembre")).isEqualTo(text);
  }

  @Test
  void aLongSentenceIsCutAroundItsDate() {
    String text = "mot ".repeat(100) + "le 3 mai " + "mot ".repeat(100) + ".";
    String s = statement(text, "le 3 mai");
    assertThat(s).contains("le 3 mai").startsWith("…").endsWith("…");
    assertThat(s.length()).isLessThanOrEqualTo(Sentences.LONGEST + 2);
  }

  @Test
  void datesAsTimelinesWriteThem() {
    assertThat(TimelineDates.label(TimelineDates.parse("2021-SU"))).isEqualTo("2021-SU");
    assertThat(TimelineDates.parse("2021-SU").lastDay()).hasToString("2021-08-31");
    assertThat(TimelineDates.parse("2022-12-19TMO").iso()).isEqualTo("2022-12-19");
    assertThat(TimelineDates.parse("2020-09").iso()).isEqualTo("2020-09");
    assertThat(TimelineDates.parse("PAST_REF")).isNull();
    assertThat(TimelineDates.parse("XXXX-05")).isNull();
    assertThat(TimelineDates.parse("2023-02-30")).isNull();
  }
}
