package org.trame.peers.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peer must really detect, or the benchmark that compares with it measures nothing. */
class LinguaDetectorTest {

  private static final String FRENCH =
      "La mairie a rouvert le pont aux piétons mardi, après trois semaines de travaux sur la rive.";
  private static final String ENGLISH =
      "The council reopened the bridge to walkers on Tuesday, after three weeks of work on the bank.";

  @Test
  void tellsAFrenchSentenceFromAnEnglishOneInBothModes() {
    for (LinguaDetector lingua :
        List.of(
            LinguaDetector.highAccuracy(List.of("fr", "en", "es")),
            LinguaDetector.lowAccuracy(List.of("fr", "en", "es")))) {
      try (lingua) {
        assertThat(lingua.detect(FRENCH)).as(lingua.toString()).isEqualTo("fr");
        assertThat(lingua.detect(ENGLISH)).as(lingua.toString()).isEqualTo("en");
        assertThat(lingua.languages()).containsExactlyInAnyOrder("fr", "en", "es");
      }
    }
  }

  @Test
  void keepsOnlyTheLanguagesItKnows() {
    assertThat(LinguaDetector.knows("fr")).isTrue();
    assertThat(LinguaDetector.knows("xx")).isFalse();
    try (LinguaDetector lingua = LinguaDetector.lowAccuracy(List.of("fr", "en", "xx"))) {
      assertThat(lingua.languages()).containsExactlyInAnyOrder("fr", "en");
    }
    assertThatThrownBy(() -> LinguaDetector.lowAccuracy(List.of("fr", "xx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two languages");
  }
}
