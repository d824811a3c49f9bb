package org.trame.analysis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> words(String text) {
    return Tokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
  }

  @Test
  void anElidedArticleStandsAloneAndHyphenatedNamesStayWhole() {
    assertThat(words("l'actrice d'Arc à Saint-Étienne, aujourd'hui."))
        .containsExactly(
            "l'", "actrice", "d'", "Arc", "à", "Saint-Étienne", ",", "aujourd'hui", ".");
  }

  @Test
  void anEnglishPossessiveIsSplitOffButAnIrishNameIsNot() {
    assertThat(words("Netflix's deal with O'Brien"))
        .containsExactly("Netflix", "'", "s", "deal", "with", "O'Brien");
  }

  @Test
  void aTitlesPeriodEndsNoSentence() {
    List<Token> tokens = Tokenizer.tokenize("Il a vu M. Dupont. Puis Marie.");
    String text = "Il a vu M. Dupont. Puis Marie.";
    assertThat(tokens)
        .filteredOn(Token::sentenceStart)
        .extracting(t -> t.text(text))
        .containsExactly("Il", "Puis");
  }
}
