package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void parsesAListOfCodes() {
    Languages l = Languages.parse("fr, EN,de");
    assertThat(l.codes()).containsExactlyInAnyOrder("fr", "en", "de");
    assertThat(l.supports("de")).isTrue();
    assertThat(l.supports("es")).isFalse();
    assertThat(l.supports("und")).isFalse();
    assertThat(l.supports(null)).isFalse();
  }

  @Test
  void theDefaultIsFrenchAndEnglish() {
    assertThat(Languages.DEFAULT.codes()).containsExactlyInAnyOrder("fr", "en");
  }

  @Test
  void inputsWriteCodesInSeveralWays() {
    assertThat(Languages.normalize("FR")).isEqualTo("fr");
    assertThat(Languages.normalize(" fr-CA ")).isEqualTo("fr");
    assertThat(Languages.normalize("pt_BR")).isEqualTo("pt");
    assertThat(Languages.normalize("French")).isNull();
    assertThat(Languages.normalize("")).isNull();
    assertThat(Languages.normalize(null)).isNull();
  }

  @Test
  void aWordThatIsNoCodeIsRefusedByName() {
    assertThatThrownBy(() -> Languages.parse("fr,french"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'french'");
    assertThatThrownBy(() -> Languages.parse("fr,,en")).hasMessageContaining("''");
    assertThatThrownBy(() -> Languages.parse("und")).hasMessageContaining("'und'");
  }
}
