package org.trame.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trame.analysis.ner.NameTagger;

/**
 * The pipeline's entity tagger on the NER development sets in {@code ../shared/eval/ner} (skipped
 * when they are not there): strict F1 must stay above floors set a little under what it reaches, so
 * that a change that loses quality fails the build. CoreNLP, the peer, runs in {@code
 * scripts/peer-bench ner}, not here.
 */
class NerDevSetsTest {

  private static final Set<String> PER_ORG_LOC = Set.of("PER", "ORG", "LOC");

  private static Path file(String name) {
    Path f = Path.of(System.getProperty("trame.shared", "../shared"), "eval/ner", name);
    assumeTrue(Files.isRegularFile(f), "NER dev set not at " + f);
    return f;
  }

  private static NerEvaluation.Result score(Set<String> types, String... names) throws Exception {
    List<HipeDocument> docs =
        NerEvaluation.read(java.util.Arrays.stream(names).map(NerDevSetsTest::file).toList());
    NerEvaluation.Result r =
        NerEvaluation.run(docs, DocumentTagger.of(NameTagger.french(), "fr"), types);
    System.out.printf(
        Locale.ROOT,
        "%s %s: strict F1 %.3f, fuzzy F1 %.3f%n",
        String.join(" ", names),
        types,
        r.total().strictScore().f1(),
        r.total().fuzzyScore().f1());
    return r;
  }

  @Test
  void wikiNeuralFrenchValidationPersOrgLoc() throws Exception {
    NerEvaluation.Result r = score(PER_ORG_LOC, "wikineural-fr-val.tsv");
    assertThat(r.total().strictScore().f1()).isGreaterThan(0.828);
    assertThat(r.total().fuzzyScore().f1()).isGreaterThan(0.862);
  }

  @Test
  void hipeFrenchDevSets() throws Exception {
    String[] hipe = {
      "HIPE-2022-v2.1-hipe2020-dev-fr.tsv",
      "HIPE-2022-v2.1-letemps-dev-fr.tsv",
      "HIPE-2022-v2.1-newseye-dev-fr.tsv",
      "HIPE-2022-v2.1-newseye-dev2-fr.tsv"
    };
    assertThat(score(PER_ORG_LOC, hipe).total().strictScore().f1()).isGreaterThan(0.498);
    assertThat(score(NerEvaluation.DEFAULT_TYPES, hipe).total().strictScore().f1())
        .isGreaterThan(0.486);
  }
}
