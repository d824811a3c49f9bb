package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trame.claim.Said.en;
import static org.trame.claim.Said.fr;

import org.junit.jupiter.api.Test;

class AgesTest {

  private final Ages ages = new Ages();

  @Test
  void anAgeWrittenBesideAPersonsNameInFrench() {
    assertThat(fr(ages, "Au tournage, Nicole Kidman, âgée de 56 ans, a répondu aux questions."))
        .containsExactly("age Nicole Kidman=56");
    assertThat(fr(ages, "Hier soir, l'acteur de 60 ans Tom Cruise a sauté d'une falaise."))
        .containsExactly("age Tom Cruise=60");
    assertThat(fr(ages, "Sur le plateau, Marion Cotillard, 47 ans, a tourné sa dernière scène."))
        .containsExactly("age Marion Cotillard=47");
    assertThat(fr(ages, "À Cannes, Isabelle Huppert, qui a fêté ses 70 ans en mars, a défilé."))
        .containsExactly("age Isabelle Huppert=70");
  }

  @Test
  void anAgeWrittenBesideAPersonsNameInEnglish() {
    assertThat(en(ages, "On the set, Tom Cruise, 60, jumped from a cliff."))
        .containsExactly("age Tom Cruise=60");
    assertThat(en(ages, "Yesterday the 61-year-old actor Tom Cruise trained for hours."))
        .containsExactly("age Tom Cruise=61");
    assertThat(en(ages, "At the summit, Angela Merkel, a 68-year-old former chancellor, spoke."))
        .containsExactly("age Angela Merkel=68");
  }

  @Test
  void noAgeWithoutANameBesideItNorForASpanOfTime() {
    // nobody named beside it
    assertThat(fr(ages, "La star, âgée de 61 ans, a tourné la scène sans doublure.")).isEmpty();
    // a term, a career, a time ago: not an age
    assertThat(fr(ages, "Après un mandat de cinq ans, Emmanuel Macron a pris la parole."))
        .isEmpty();
    assertThat(fr(ages, "Sur scène, Johnny Hallyday, 50 ans de carrière, a chanté.")).isEmpty();
    assertThat(en(ages, "Ten years ago, Barack Obama, 48 years after his father, spoke."))
        .isEmpty();
    // a number after a name and a comma that is no age ends neither with a comma nor "ans"
    assertThat(en(ages, "Then Serena Williams, 6 titles behind, lost the final.")).isEmpty();
  }
}
