package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.TestArticles;
import org.trame.analysis.Analysis;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;

class KickerTest {

  private static List<String> names(String title, EntityMention... mentions) {
    Article a = TestArticles.article("1", "2024-03-01", title, "Un texte.");
    return Kicker.names(a, new Analysis(List.of(mentions), List.of()));
  }

  @Test
  void theNamesBeforeTheColonOfAFrenchHeadlineAreItsSubject() {
    String title = "Notre-Dame : la flèche sera reconstruite à l'identique par Paris";
    assertThat(
            names(
                title,
                new EntityMention("Notre-Dame", "LOC", 0, 10),
                new EntityMention("Paris", "LOC", 58, 63)))
        .containsExactly("Notre-Dame");
  }

  @Test
  void aRubricAColonInANameOrALongOpeningIsNoSubject() {
    assertThat(names("Spatial : 2020, l'année décisive")).isEmpty();
    assertThat(
            names(
                "Mission: Impossible 7 sort en salles",
                new EntityMention("Mission: Impossible 7", "WORK", 0, 21)))
        .isEmpty();
    String longOpening =
        "Le conseil municipal de la ville de Lyon et ses élus : un budget en hausse";
    assertThat(names(longOpening, new EntityMention("Lyon", "LOC", 36, 40))).isEmpty();
  }
}
