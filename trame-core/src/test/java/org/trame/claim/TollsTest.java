package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trame.claim.Said.en;
import static org.trame.claim.Said.fr;

import org.junit.jupiter.api.Test;

class TollsTest {

  private final Tolls tolls = new Tolls();

  @Test
  void frenchTollsAndInjuredWithTheirFloor() {
    assertThat(fr(tolls, "Le glissement de terrain a fait au moins 12 morts près de Grenoble."))
        .containsExactly("death_toll Grenoble=≥12");
    assertThat(fr(tolls, "Selon les secours, le bilan s'élève à 35 morts et 120 blessés."))
        .containsExactly("death_toll ?=35", "injured_count ?=120");
    assertThat(fr(tolls, "Douze personnes ont été tuées et deux blessés ont été hospitalisés."))
        .containsExactly("death_toll ?=12", "injured_count ?=2");
  }

  @Test
  void englishTollsAndInjured() {
    assertThat(en(tolls, "At least 35 people were killed and 40 people were injured in Kabul."))
        .containsExactly("death_toll Kabul=≥35", "injured_count Kabul=40");
    assertThat(en(tolls, "The storm killed more than 1,200 people, injuring 3,000."))
        .containsExactly("death_toll ?=≥1200", "injured_count ?=3000");
  }

  @Test
  void noTollOfAnotherTimeNorWithoutANumber() {
    assertThat(fr(tolls, "L'attentat de 2015 avait fait 130 morts dans la capitale.")).isEmpty();
    assertThat(fr(tolls, "La crue de mars 1998 a fait 3 morts dans la vallée.")).isEmpty();
    assertThat(fr(tolls, "Les pompiers ne signalent aucun mort et pas de blessé.")).isEmpty();
    assertThat(fr(tolls, "L'un des blessés a été transporté à l'hôpital.")).isEmpty();
    assertThat(en(tolls, "The 2004 tsunami had killed 230,000 people in the region.")).isEmpty();
    assertThat(en(tolls, "Five years ago the band played to 12 people.")).isEmpty();
    // a number in a title followed by a capitalized word is no toll
    assertThat(fr(tolls, "Le film Mission Impossible 7 Dead Reckoning sort en juillet.")).isEmpty();
  }
}
