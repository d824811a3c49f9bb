package org.trame.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;

class CalendarDateTaggerTest {

  private static final PublishedDate DECEMBER_2022 = PublishedDate.parse("2022-12");

  private final CalendarDateTagger tagger = new CalendarDateTagger();

  /** Tags {@code text} and checks every mention's span covers its surface text exactly. */
  private List<TimeMention> tag(String text, PublishedDate published) {
    List<TimeMention> found = tagger.tag(text, published);
    assertThat(found)
        .allSatisfy(t -> {
          assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
          assertThat(t.type()).isEqualTo("DATE");
        });
    return found;
  }

  /** The single mention found in {@code text}. */
  private TimeMention only(String text, PublishedDate published) {
    List<TimeMention> found = tag(text, published);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aWeekdayAndDayWithoutYearTakesTheYearOfAMonthPublication() {
    String text = "Le film sort ce lundi 19 décembre dans toutes les salles.";

    TimeMention t = only(text, DECEMBER_2022);

    assertThat(t.value()).isEqualTo("2022-12-19");
    assertThat(t.text()).isEqualTo("19 décembre");
    assertThat(t.start()).isEqualTo(text.indexOf("19"));
    assertThat(t.end()).isEqualTo(text.indexOf(" dans"));
  }

  @Test
  void aFullFrenchDate() {
    String text = "La première a eu lieu le 12 juillet 2023 à Lyon.";

    TimeMention t = only(text, DECEMBER_2022);

    assertThat(t.value()).isEqualTo("2023-07-12");
    assertThat(t.text()).isEqualTo("12 juillet 2023");
    assertThat(t.start()).isEqualTo(text.indexOf("12"));
  }

  @Test
  void aMonthAndYear() {
    String text = "Le tournage avait commencé en septembre 2020, avant la pandémie.";

    TimeMention t = only(text, DECEMBER_2022);

    assertThat(t.value()).isEqualTo("2020-09");
    assertThat(t.text()).isEqualTo("septembre 2020");
    assertThat(t.start()).isEqualTo(text.indexOf("septembre"));
  }

  @Test
  void aPastDayTakesTheYearNearestTheDayOfPublication() {
    String text = "Les décors sont montés depuis le 15 décembre dernier.";

    TimeMention t = only(text, PublishedDate.parse("2022-12-19"));

    assertThat(t.value()).isEqualTo("2022-12-15");
    assertThat(t.text()).isEqualTo("15 décembre");
  }

  @Test
  void aDayEarlyInTheYearAfterADecemberPublicationFallsInTheNextYear() {
    assertThat(only("Sortie prévue le 4 janvier.", DECEMBER_2022).value()).isEqualTo("2023-01-04");
  }

  @Test
  void anEnglishMonthDayYear() {
    String text = "The sequel opens on July 14, 2023 in most countries.";

    TimeMention t = only(text, DECEMBER_2022);

    assertThat(t.value()).isEqualTo("2023-07-14");
    assertThat(t.text()).isEqualTo("July 14, 2023");
    assertThat(t.start()).isEqualTo(text.indexOf("July"));
  }

  @Test
  void anEnglishDayMonthYear() {
    assertThat(only("Filming ended on 3 March 2021.", null).value()).isEqualTo("2021-03-03");
  }

  @Test
  void aNumericDayMonthYear() {
    String text = "Date limite : 12/07/2023, sans exception.";

    TimeMention t = only(text, DECEMBER_2022);

    assertThat(t.value()).isEqualTo("2023-07-12");
    assertThat(t.text()).isEqualTo("12/07/2023");
  }

  @Test
  void anImpossibleNumericDateIsNotTagged() {
    assertThat(tag("Le formulaire indiquait 31/02/2020 par erreur.", DECEMBER_2022)).isEmpty();
  }

  @Test
  void theFirstOfTheMonthWrittenFirst() {
    String text = "La fête aura lieu le 1er mai comme chaque année.";

    TimeMention t = only(text, PublishedDate.parse("2021-04-20"));

    assertThat(t.value()).isEqualTo("2021-05-01");
    assertThat(t.text()).isEqualTo("1er mai");
  }

  @Test
  void withoutPublicationDateAYearlessDateHasAnUnknownYear() {
    TimeMention t = only("Rendez-vous le 8 août pour la suite.", null);

    assertThat(t.value()).isEqualTo("XXXX-08-08");
    assertThat(t.text()).isEqualTo("8 août");
  }

  @Test
  void aYearPublicationDoesNotFixTheYearOfAYearlessDate() {
    assertThat(only("Rendez-vous le 8 août.", PublishedDate.parse("2022")).value())
        .isEqualTo("XXXX-08-08");
  }

  @Test
  void aYearAfterAPreposition() {
    String text = "Le projet dort dans un tiroir depuis 2019.";

    TimeMention t = only(text, null);

    assertThat(t.value()).isEqualTo("2019");
    assertThat(t.text()).isEqualTo("2019");
    assertThat(t.start()).isEqualTo(text.indexOf("2019"));
  }

  @Test
  void severalDatesAreReturnedInTextOrder() {
    String text =
        "Annoncé en 2019, tourné en mars 2021, le film sort le 5 avril 2024 (et le 04/05/2024"
            + " ailleurs).";

    List<TimeMention> found = tag(text, null);

    assertThat(found)
        .extracting(TimeMention::value)
        .containsExactly("2019", "2021-03", "2024-04-05", "2024-05-04");
  }

  @Test
  void aBareNumberIsNotADate() {
    assertThat(tag("Il a tourné 2019 plans et 12 scènes.", DECEMBER_2022)).isEmpty();
  }

  @Test
  void anImpossibleYearlessDayIsNotTaggedEvenWithoutPublication() {
    assertThat(tag("Le 31 juin n'existe pas.", null)).isEmpty();
  }
}
