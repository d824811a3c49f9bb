package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void frenchParagraph() {
    assertThat(
            guesser.guess(
                "La réalisatrice a présenté son film dans une petite salle de la ville, et le"
                    + " public est resté pour parler avec elle pendant plus d'une heure."))
        .isEqualTo("fr");
  }

  @Test
  void englishParagraph() {
    assertThat(
            guesser.guess(
                "The director showed her film in a small theatre of the town, and the audience"
                    + " stayed to talk with her for more than an hour."))
        .isEqualTo("en");
  }

  @Test
  void threeWordsAreNotEnough() {
    assertThat(guesser.guess("Bonjour le monde")).isNull();
    assertThat(guesser.guess("Hello the world")).isNull();
  }

  @Test
  void noTextGivesNoLanguage() {
    assertThat(guesser.guess("")).isNull();
    assertThat(guesser.guess("12 34 56")).isNull();
  }

  @Test
  void anEvenMixIsUndecided() {
    assertThat(guesser.guess("le la les the of and")).isNull();
  }
}
