package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningHeadlineTest {

  private static final String BODY =
      "Le conseil municipal a voté mardi soir la fermeture de la piscine Jean-Moulin, dont le"
          + " bassin fuit depuis deux ans. La piscine rouvrira après des travaux estimés à trois"
          + " millions d'euros, selon la mairie, qui promet un chantier court.";

  @Test
  void theFirstLineIsTheHeadlineWhenTheBodyTellsItsWords() {
    String[] split = OpeningHeadline.split("La piscine Jean-Moulin fermée pour travaux\n" + BODY);
    assertThat(split[0]).isEqualTo("La piscine Jean-Moulin fermée pour travaux");
    assertThat(split[1]).isEqualTo(BODY);
  }

  @Test
  void chromeAboveTheHeadlineIsPassedOver() {
    String[] split =
        OpeningHeadline.split(
            "Mon compte\n"
                + "Le Journal du Canton, tous droits réservés\n"
                + "Fermeture de la piscine Jean-Moulin : le conseil municipal vote les travaux\n"
                + "Partager sur\n"
                + BODY);
    assertThat(split[0])
        .isEqualTo("Fermeture de la piscine Jean-Moulin : le conseil municipal vote les travaux");
    assertThat(split[1]).startsWith("Partager sur\n").endsWith("chantier court.");
  }

  @Test
  void aCaptionOrARowOfTagsIsNoHeadline() {
    String[] split =
        OpeningHeadline.split(
            "Mon compte\n"
                + "Piscine | Conseil municipal | Travaux | Jean-Moulin\n"
                + "Le bassin de la piscine Jean-Moulin, fermée pour travaux. | AFP\n"
                + "La piscine ferme ses portes\n"
                + BODY);
    assertThat(split[0]).isEqualTo("La piscine ferme ses portes");
  }

  @Test
  void aTextThatOpensWithAParagraphKeepsItsFirstLine() {
    String[] split = OpeningHeadline.split(BODY + "\nUn second paragraphe.");
    assertThat(split[0]).isEqualTo(BODY);
    assertThat(split[1]).isEqualTo("Un second paragraphe.");
  }

  @Test
  void withNoOpeningLineAboutTheArticleTheFirstStays() {
    String[] split = OpeningHeadline.split("Mon compte\nPartager sur\n" + BODY);
    assertThat(split[0]).isEqualTo("Mon compte");
    assertThat(split[1]).startsWith("Partager sur");
  }

  @Test
  void aOneLineTextIsAllHeadline() {
    assertThat(OpeningHeadline.split("Seulement un titre"))
        .containsExactly("Seulement un titre", "");
  }
}
