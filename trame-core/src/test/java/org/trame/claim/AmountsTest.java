package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trame.claim.Said.en;
import static org.trame.claim.Said.fr;

import org.junit.jupiter.api.Test;

class AmountsTest {

  private final Amounts amounts = new Amounts();

  @Test
  void frenchBudgetsAndCostsInWholeUnitsOfACurrency() {
    assertThat(
            fr(amounts, "Le film, doté d'un budget de 290 millions de dollars, sortira cet été."))
        .containsExactly("budget ?=290000000 USD");
    assertThat(fr(amounts, "Le nouveau stade a coûté 3 milliards d'euros aux contribuables."))
        .containsExactly("cost ?=3000000000 EUR");
    assertThat(fr(amounts, "La rénovation coûtera deux millions d'euros, selon la mairie."))
        .containsExactly("cost ?=2000000 EUR");
    assertThat(fr(amounts, "Son budget dépasse désormais 3,5 milliards d'euros, au total."))
        .isEmpty(); // "dépasse" is no word of this extractor: left out rather than guessed
    assertThat(fr(amounts, "Le chantier, au coût de plus de 1,5 milliard d'euros, reprend."))
        .containsExactly("cost ?=≥1500000000 EUR");
  }

  @Test
  void englishBudgetsAndCosts() {
    assertThat(en(amounts, "The film had a $290 million budget and a long shoot."))
        .containsExactly("budget ?=290000000 USD");
    assertThat(en(amounts, "The new bridge will cost $3.5 billion, officials said."))
        .containsExactly("cost ?=3500000000 USD");
    assertThat(en(amounts, "Its budget of €3bn was approved on Monday."))
        .containsExactly("budget ?=3000000000 EUR");
  }

  @Test
  void anAmountAwayFromItsWordOrWithoutACurrencyIsNoClaim() {
    assertThat(fr(amounts, "Le budget a été voté ; le film a rapporté 500 millions de dollars."))
        .isEmpty();
    assertThat(fr(amounts, "Le projet a coûté 3 milliards, selon la Cour des comptes.")).isEmpty();
    assertThat(en(amounts, "The budget debate lasted 12 hours.")).isEmpty();
    assertThat(en(amounts, "The film grossed $500 million worldwide.")).isEmpty();
  }
}
