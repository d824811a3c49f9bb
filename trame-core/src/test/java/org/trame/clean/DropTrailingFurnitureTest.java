package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropTrailingFurnitureTest {

  private final DropTrailingFurniture cleaner = new DropTrailingFurniture();

  private static final String BODY =
      "Le lanceur a quitté Kourou mardi soir après deux reports dus à la météo sur la Guyane.\n"
          + "Les ingénieurs de l'agence ont suivi la séparation des étages depuis la salle de"
          + " contrôle, puis confirmé que le satellite avait déployé ses panneaux comme prévu.";

  @Test
  void aTeaserListAfterTheArticleGoesFromItsHeading() {
    String page =
        BODY
            + "\n\nAutres articles\n\n"
            + "Un nouveau télescope pour l'observatoire du pic\n"
            + "20/06/2025, 10:13\n"
            + "La saison des comètes commence en avance\n"
            + "18/06/2025, 18:13\n"
            + "Vidéos à ne pas manquer\n"
            + "Vidéo\n"
            + "Trois minutes dans la salle blanche";

    assertThat(cleaner.clean(page)).isEqualTo(BODY);
  }

  @Test
  void withoutAHeadingTheTimestampsGiveTheListAway() {
    String page =
        BODY
            + "\n\nUn nouveau télescope pour l'observatoire du pic\n"
            + "20/06/2025 à 10h13\n"
            + "La saison des comètes commence en avance\n"
            + "18 juin 2025\n";

    assertThat(cleaner.clean(page)).isEqualTo(BODY);
  }

  @Test
  void aHeadingFollowedByProseIsPartOfTheArticle() {
    String page =
        BODY
            + "\n\nÀ lire aussi\n\n"
            + "Le prochain tir est prévu pour l'automne, a indiqué la directrice des lanceurs, qui"
            + " espère tenir une cadence de six vols par an à partir de l'année suivante.";

    assertThat(cleaner.clean(page)).isEqualTo(page);
  }

  @Test
  void inlineTeasersGoWhereverTheyAre() {
    String page =
        "Le lanceur a quitté Kourou mardi soir.\n"
            + "À lire aussi : la fusée qui devait voler en 2020\n"
            + BODY;

    assertThat(cleaner.clean(page)).isEqualTo("Le lanceur a quitté Kourou mardi soir.\n" + BODY);
  }

  @Test
  void aTextWithoutProseIsLeftAlone() {
    String list = "Résultats\n12/05/2024\nNantes 2 - 1 Lyon\n13/05/2024\nLille 0 - 0 Brest";

    assertThat(cleaner.clean(list)).isEqualTo(list);
  }

  @Test
  void headingsCompareWithoutCaseAccentsOrPunctuation() {
    assertThat(DropTrailingFurniture.fold("  À LIRE AUSSI : ")).isEqualTo("a lire aussi");
  }
}
