package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizeTextTest {

  private final NormalizeText normalize = new NormalizeText();

  @Test
  void crlfAndLoneCrBecomeLf() {
    assertThat(normalize.clean("un\r\ndeux\rtrois")).isEqualTo("un\ndeux\ntrois");
  }

  @Test
  void nonBreakingSpacesBecomeOrdinarySpaces() {
    assertThat(normalize.clean("Prix\u00A0: 12\u202F€ le\u00A0\u00A0billet"))
        .isEqualTo("Prix : 12 € le billet");
  }

  @Test
  void zeroWidthCharactersAndControlsAreRemoved() {
    assertThat(normalize.clean("ciné\u200Bma\u200D et\u2060 thé\uFEFFâtre\u0007"))
        .isEqualTo("cinéma et théâtre");
  }

  @Test
  void textIsComposedToNfc() {
    String out = normalize.clean("cafe\u0301 cre\u0300me");
    assertThat(out).isEqualTo("caf\u00E9 cr\u00E8me");
    assertThat(out).hasSize(10);
  }

  @Test
  void runsOfBlankLinesCollapseToOneBlankLine() {
    assertThat(normalize.clean("premier\n\n\n\n\ndeuxième\n \t \n\u00A0\ntroisième"))
        .isEqualTo("premier\n\ndeuxième\n\ntroisième");
  }

  @Test
  void aSingleBlankLineIsKept() {
    assertThat(normalize.clean("premier\n\ndeuxième")).isEqualTo("premier\n\ndeuxième");
  }

  @Test
  void spacesAreSqueezedAndTrimmedOnEveryLine() {
    assertThat(normalize.clean("  un   mot\t\tet   \n  un autre  \t\n"))
        .isEqualTo("un mot et\nun autre");
  }

  @Test
  void leadingAndTrailingBlankLinesGo() {
    assertThat(normalize.clean("\n\n  \nTexte\n\n\n")).isEqualTo("Texte");
  }
}
