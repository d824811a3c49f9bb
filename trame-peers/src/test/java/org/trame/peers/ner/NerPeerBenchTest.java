package org.trame.peers.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerPeerBenchTest {

  private static final String FIXTURE = "src/test/resources/ner/three-sentences.tsv";

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = NerPeerBench.run(List.of(args), new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void usageErrorsNameTheProblemBeforeCoreNlpIsLoaded() throws Exception {
    Run none = run();
    Run missing = run("nowhere.tsv");
    Run badType = run(FIXTURE, "--types", "pers,fish");
    Run badOption = run(FIXTURE, "--fast");

    assertThat(List.of(none, missing, badType, badOption)).extracting(Run::exit).containsOnly(2);
    assertThat(none.err()).contains("no file given", "usage: peer-bench ner");
    assertThat(missing.err()).contains("no such file: nowhere.tsv");
    assertThat(badType.err()).contains("unknown type 'fish'");
    assertThat(badOption.err()).contains("unknown option --fast");
    assertThat(none.out() + missing.out() + badType.out() + badOption.out()).isEmpty();
  }

  @Test
  void bothTaggersAreScoredAndTimedOnTheSameFileAndABadFileIsSkipped() throws Exception {
    assumeTrue(
        CoreNlpFrenchNer.modelAvailable(), "the CoreNLP French model (profile corenlp-models)");
    Run r = run("src/test/resources/ner/not-hipe.tsv", FIXTURE, "--types", "pers,loc", "--json");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("skipped src/test/resources/ner/not-hipe.tsv");
    assertThat(r.out())
        .contains("types scored: [LOC, PER]")
        .contains("three-sentences.tsv: 2 documents, 35 tokens")
        .contains("trame NameTagger", "CoreNLP French CRF", "speed ratio trame / CoreNLP");
    String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    JsonNode json = new ObjectMapper().readTree(last);
    assertThat(json.get("file").asText()).isEqualTo("three-sentences.tsv");
    assertThat(json.get("corenlp_strict_f1").asDouble()).isPositive();
    assertThat(json.get("trame_tokens_per_s").asLong()).isPositive();
    assertThat(json.get("speed_ratio").asDouble())
        .isEqualTo(
            Math.round(
                    100.0
                        * json.get("trame_tokens_per_s").asDouble()
                        / json.get("corenlp_tokens_per_s").asDouble())
                / 100.0,
            org.assertj.core.api.Assertions.within(0.05));
  }
}
