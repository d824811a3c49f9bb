package org.trame.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalizedNameTaggerTest {

  private final CapitalizedNameTagger tagger = new CapitalizedNameTagger();

  private static EntityMention mention(String text, String surface) {
    int start = text.indexOf(surface);
    return new EntityMention(surface, "MISC", start, start + surface.length());
  }

  @Test
  void findsRunsOfCapitalizedWordsWithTheirOffsets() {
    String text =
        "Hier, Tom Cruise a retrouvé Christopher McQuarrie dans les bureaux de Paramount"
            + " Pictures pour la suite.";

    List<EntityMention> found = tagger.tag(text);

    assertThat(found)
        .containsExactly(
            mention(text, "Tom Cruise"),
            mention(text, "Christopher McQuarrie"),
            mention(text, "Paramount Pictures"));
    assertThat(found)
        .allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
  }

  @Test
  void aCapitalizedWordStartingASentenceIsNotAName() {
    String text = "Le décor était prêt. Hier soir, les acteurs sont arrivés.";

    assertThat(tagger.tag(text)).isEmpty();
  }

  @Test
  void aSingleCapitalizedWordInsideASentenceIsAName() {
    String text = "Le tournage reprend à Lisbonne demain.";

    assertThat(tagger.tag(text)).containsExactly(mention(text, "Lisbonne"));
  }

  @Test
  void aLeadingFunctionWordIsDropped() {
    String text = "Mais Tom Cruise refuse.";

    assertThat(tagger.tag(text)).containsExactly(mention(text, "Tom Cruise"));
  }

  @Test
  void particlesJoinTheParts() {
    String text = "Le rôle revient à Charles de Gaulle selon la production.";

    assertThat(tagger.tag(text)).containsExactly(mention(text, "Charles de Gaulle"));
  }
}
