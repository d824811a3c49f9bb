package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final String BODY =
      "Le conseil municipal a voté jeudi soir la rénovation complète du cinéma de la place,"
          + " fermé depuis trois ans. Les travaux commenceront à l'automne et dureront dix-huit"
          + " mois, pour un coût estimé à quatre millions d'euros, dont la moitié payée par la"
          + " région.";

  @Test
  void isBlindToCaseAccentsPunctuationAndSpacing() {
    String variant =
        "LE CONSEIL MUNICIPAL A VOTE JEUDI SOIR LA RENOVATION COMPLETE DU CINEMA DE LA PLACE"
            + " -- FERME DEPUIS TROIS ANS !!   Les travaux commenceront a l automne, et dureront"
            + " dix huit\n\nmois ; pour un cout estime a quatre millions d euros (dont la moitie"
            + " payee par la region)";

    assertThat(Fingerprint.of("Un cinéma rénové", variant))
        .isEqualTo(Fingerprint.of("Un cinéma rénové", BODY));
  }

  @Test
  void aDifferentHeadlineOverTheSameLongBodyGivesTheSameFingerprint() {
    assertThat(Fingerprint.of("Le cinéma de la place sera rénové", BODY))
        .isEqualTo(Fingerprint.of("Quatre millions pour le vieux cinéma", BODY));
  }

  @Test
  void aDifferentBodyGivesADifferentFingerprint() {
    String other = BODY.replace("quatre millions", "cinq millions");

    assertThat(Fingerprint.of("Titre", other)).isNotEqualTo(Fingerprint.of("Titre", BODY));
  }

  @Test
  void aShortBodyIsFingerprintedWithItsTitle() {
    String shortBody = "Le cinéma rouvre demain.";

    assertThat(Fingerprint.of("Bonne nouvelle", shortBody))
        .isNotEqualTo(Fingerprint.of("Mauvaise nouvelle", shortBody))
        .isEqualTo(Fingerprint.of("BONNE  nouvelle !", "le cinema rouvre demain"));
  }

  @Test
  void isThirtyTwoHexDigits() {
    assertThat(Fingerprint.of("Titre", BODY)).hasSize(32).matches("[0-9a-f]{32}");
  }

  @Test
  void normalizeFoldsToLowerCaseLettersAndDigitsSeparatedBySingleSpaces() {
    assertThat(Fingerprint.normalize("  Élan, ÇA   va ?! 42 ")).isEqualTo("elan ca va 42");
  }
}
