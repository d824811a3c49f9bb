package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrenchTextAnalyzerTest {

  private static Map<String, Integer> terms(String text) {
    return TermVector.of(new FrenchTextAnalyzer(), "text", text);
  }

  @Test
  void elisionsCaseAccentsAndPluralsMeetInOneTerm() {
    assertThat(terms("l'Actrice")).containsOnlyKeys(terms("actrice").keySet());
    assertThat(terms("Norvège")).isEqualTo(terms("norvege"));
    assertThat(terms("cascades")).isEqualTo(terms("cascade"));
  }

  @Test
  void frenchAndEnglishFunctionWordsAreStoppedButGoldIsNot() {
    assertThat(terms("le la les des du et the of and with")).isEmpty();
    assertThat(terms("médaille d'or")).hasSize(2);
  }

  @Test
  void termVectorsSurviveTheirBinaryForm() {
    Map<String, Integer> counts = terms("Le train, le train et encore le train près du fjord.");
    assertThat(counts).containsEntry("train", 3);
    var hashed = TermVector.hashed(counts);
    assertThat(TermVector.decode(TermVector.encode(hashed))).isEqualTo(hashed);
    assertThat(hashed.get(TermVector.hash("train"))).isEqualTo(3);
  }
}
