package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropRepeatedParagraphsTest {

  private static final String LONG =
      "Le tournage a repris mardi sur le port, après deux semaines d'arrêt dues aux tempêtes"
          + " qui ont balayé la côte.";

  private final DropRepeatedParagraphs drop = new DropRepeatedParagraphs();

  @Test
  void aRepeatedLongParagraphIsKeptOnce() {
    String text = "Intro.\n\n" + LONG + "\n\nMilieu.\n\n" + LONG + "\n\nFin.";

    assertThat(drop.clean(text)).isEqualTo("Intro.\n\n" + LONG + "\n\nMilieu.\n\nFin.");
  }

  @Test
  void copiesDifferingOnlyInCaseAndPunctuationAreRepeats() {
    String variant = LONG.toUpperCase(java.util.Locale.ROOT).replace(",", "").replace("'", " ");

    assertThat(drop.clean(LONG + "\n\n" + variant)).isEqualTo(LONG);
  }

  @Test
  void shortRepeatedLinesAreKept() {
    String text = "Vidéo\n\n" + LONG + "\n\nVidéo\n\nLire aussi\n\nLire aussi";

    assertThat(drop.clean(text)).isEqualTo(text);
  }

  @Test
  void differentLongParagraphsAreAllKept() {
    String other = LONG.replace("mardi", "jeudi");
    String text = LONG + "\n\n" + other;

    assertThat(drop.clean(text)).isEqualTo(text);
  }
}
