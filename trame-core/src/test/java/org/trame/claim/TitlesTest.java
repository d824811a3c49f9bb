package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trame.claim.Said.en;
import static org.trame.claim.Said.fr;

import org.junit.jupiter.api.Test;

class TitlesTest {

  private final Titles titles = new Titles();

  @Test
  void aTitleAfterItsWordQuotedOrCapitalized() {
    assertThat(
            fr(
                titles,
                "Le film, intitulé Mission: Impossible – Dead Reckoning Partie 1, sortira en juillet."))
        .containsExactly("title ?=Mission: Impossible – Dead Reckoning Partie 1");
    assertThat(
            fr(
                titles,
                "Le septième volet a été rebaptisé « Mission: Impossible – Dead Reckoning »."))
        .containsExactly("title ?=Mission: Impossible – Dead Reckoning");
    assertThat(
            en(
                titles,
                "The sequel, titled Dead Reckoning Part One, was later renamed Dead Reckoning."))
        .containsExactly("title ?=Dead Reckoning Part One", "title ?=Dead Reckoning");
  }

  @Test
  void noTitleForWhatIsNoWorkNorAFirstTitle() {
    assertThat(fr(titles, "L'opération, baptisée Barkhane, a pris fin l'an dernier.")).isEmpty();
    assertThat(fr(titles, "Le roman, initialement intitulé Les Ombres, paraîtra en mai."))
        .isEmpty();
    assertThat(en(titles, "The ship, renamed Ocean Star, left the harbour.")).isEmpty();
  }
}
