package org.trame.peers.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.eval.ner.HipeDocument;
import org.trame.eval.ner.HipeReader;
import org.trame.eval.ner.TokenSpan;

/** The peer must really run, or the benchmark that compares with it measures nothing. */
class CoreNlpFrenchNerTest {

  @Test
  void runsOfOneLabelBecomeOneEntityAndMiscIsDropped() {
    List<String> answers = Arrays.asList("I-PER", "I-PER", "O", "I-MISC", "LOC", "I-ORG", null);

    assertThat(CoreNlpFrenchNer.spans(answers, 10))
        .containsExactly(
            new TokenSpan("PER", 10, 11),
            new TokenSpan("LOC", 14, 14),
            new TokenSpan("ORG", 15, 15));
  }

  @Test
  void theFrenchModelFindsPeopleInTheFilesOwnTokens() throws Exception {
    assumeTrue(
        CoreNlpFrenchNer.modelAvailable(), "the CoreNLP French model (profile corenlp-models)");
    HipeDocument doc =
        HipeReader.read(Path.of("src/test/resources/ner/three-sentences.tsv")).get(0);

    List<TokenSpan> found = new CoreNlpFrenchNer().tag(doc);

    assertThat(found).contains(new TokenSpan("PER", 0, 1), new TokenSpan("PER", 6, 7));
  }
}
