package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trame.claim.Said.en;
import static org.trame.claim.Said.fr;

import org.junit.jupiter.api.Test;

/** Directors, parts and heads: a person named beside the words of the role. */
class RolesTest {

  private final Directors directors = new Directors();
  private final Parts parts = new Parts();
  private final Heads heads = new Heads();

  @Test
  void directorsInFrenchAndEnglish() {
    assertThat(fr(directors, "Le film, réalisé par Christopher McQuarrie, sortira en juillet."))
        .containsExactly("director ?=Christopher McQuarrie");
    assertThat(fr(directors, "Selon le studio, Christopher McQuarrie réalisera le film."))
        .containsExactly("director ?=Christopher McQuarrie");
    assertThat(en(directors, "The movie was directed by Christopher McQuarrie."))
        .containsExactly("director ?=Christopher McQuarrie");
  }

  @Test
  void noDirectorFromASurveyADenialOrAQuotedFilmmaker() {
    assertThat(fr(directors, "Un sondage réalisé par Jean Dupont montre une hausse.")).isEmpty();
    assertThat(fr(directors, "Le réalisateur Steven Spielberg a salué le film de son ami."))
        .isEmpty();
    assertThat(fr(directors, "Le film ne sera finalement pas réalisé par Denis Villeneuve."))
        .isEmpty();
    assertThat(en(directors, "The film was originally directed by Edgar Wright.")).isEmpty();
  }

  @Test
  void partsAreActorAndCharacterSideBySide() {
    assertThat(
            fr(
                parts,
                "Dans le film, Tom Cruise incarne Ethan Hunt et Rebecca Ferguson joue Ilsa Faust."))
        .containsExactly("cast ?=Tom Cruise (Ethan Hunt)", "cast ?=Rebecca Ferguson (Ilsa Faust)");
    assertThat(en(parts, "In the movie, Ethan Hunt, played by Tom Cruise, runs again."))
        .containsExactly("cast ?=Tom Cruise (Ethan Hunt)");
    assertThat(
            fr(
                parts,
                "Au casting du film, Léa Seydoux, qui retrouve le rôle de Madeleine Swann, sourit."))
        .containsExactly("cast ?=Léa Seydoux (Madeleine Swann)");
    // a name that ends the text, with no point after it
    assertThat(fr(parts, "Dans le film, Ethan Hunt est incarné par Tom Cruise"))
        .containsExactly("cast ?=Tom Cruise (Ethan Hunt)");
    assertThat(fr(directors, "Le film est réalisé par Christopher McQuarrie"))
        .containsExactly("director ?=Christopher McQuarrie");
    // a pianist playing a composer's music is no part
    assertThat(fr(parts, "Le pianiste Lang Lang joue Frédéric Chopin ce soir.")).isEmpty();
  }

  @Test
  void headsOfOrganisations() {
    assertThat(fr(heads, "Mardi, Carlos Tavares, PDG de Stellantis, a annoncé des résultats."))
        .containsExactly("head_of Stellantis=Carlos Tavares");
    assertThat(en(heads, "On stage, Satya Nadella, CEO of Microsoft, spoke first."))
        .containsExactly("head_of Microsoft=Satya Nadella");
    // a former head is not the head
    assertThat(fr(heads, "L'ancien PDG de Renault, Carlos Ghosn, est toujours au Liban."))
        .isEmpty();
    assertThat(en(heads, "Yesterday Jack Dorsey, former CEO of Twitter, spoke.")).isEmpty();
  }
}
