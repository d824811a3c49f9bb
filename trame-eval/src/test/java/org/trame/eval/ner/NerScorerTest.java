package org.trame.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trame.analysis.EntityMention;

class NerScorerTest {

  @Test
  void strictNeedsTheSameTokensFuzzyAnOverlapBothTheSameType() {
    List<TokenSpan> gold =
        List.of(new TokenSpan("PER", 0, 1), new TokenSpan("LOC", 5, 5), new TokenSpan("ORG", 8, 9));
    List<TokenSpan> found =
        List.of(
            new TokenSpan("PER", 0, 1), // exact
            new TokenSpan("LOC", 4, 5), // overlaps: fuzzy only
            new TokenSpan("PER", 8, 9), // wrong type
            new TokenSpan("LOC", 12, 12)); // nothing there

    Map<String, NerScorer.Counts> byType =
        NerScorer.score(gold, found, Set.of("PER", "LOC", "ORG"));
    NerScorer.Counts all = NerScorer.total(byType);

    assertThat(all).isEqualTo(new NerScorer.Counts(3, 4, 1, 2));
    assertThat(all.strictScore().precision()).isEqualTo(0.25);
    assertThat(all.fuzzyScore().recall()).isEqualTo(2 / 3.0);
    assertThat(byType.get("ORG")).isEqualTo(new NerScorer.Counts(1, 0, 0, 0));
  }

  @Test
  void onlyTheChosenTypesCountAndEachGoldEntityMatchesOnce() {
    List<TokenSpan> gold = List.of(new TokenSpan("LOC", 0, 3), new TokenSpan("WORK", 6, 7));
    List<TokenSpan> found = List.of(new TokenSpan("LOC", 0, 1), new TokenSpan("LOC", 2, 3));

    NerScorer.Counts all = NerScorer.total(NerScorer.score(gold, found, Set.of("LOC")));

    assertThat(all).isEqualTo(new NerScorer.Counts(1, 2, 0, 1));
  }

  @Test
  void aTaggerOfTextIsScoredOverTheFilesTokens() throws Exception {
    HipeDocument d = HipeReader.read(HipeReaderTest.fixture()).get(0);
    int tom = d.text().indexOf("Tom Cruise");
    int norway = d.text().indexOf("Norvège");
    DocumentTagger tagger =
        DocumentTagger.of(
            text ->
                List.of(
                    new EntityMention("Tom Cruise", "PER", tom, tom + 10),
                    new EntityMention("Norv", "LOC", norway, norway + 4)),
            "fr");

    NerEvaluation.Result r = NerEvaluation.run(List.of(d), tagger, Set.of("PER", "LOC"));

    assertThat(r.total()).isEqualTo(new NerScorer.Counts(3, 2, 2, 2));
    assertThat(r.tokens()).isEqualTo(d.tokens().size());
  }
}
