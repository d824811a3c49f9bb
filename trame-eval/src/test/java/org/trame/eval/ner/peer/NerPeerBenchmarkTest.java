package org.trame.eval.ner.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trame.analysis.ner.NameTagger;
import org.trame.eval.ner.DocumentTagger;
import org.trame.eval.ner.HipeDocument;
import org.trame.eval.ner.HipeReader;
import org.trame.eval.ner.NerEvaluation;
import org.trame.eval.ner.NerScorer;

/**
 * {@code trame bench ner} (scripts/bench-ner.sh): trame's tagger and CoreNLP's French CRF on the
 * same documents in one JVM, each warmed up on the first documents, then timed alone over all of
 * them, one thread; both scored by the same {@link NerScorer}. Runs only when the script sets
 * {@code TRAME_BENCH_NER} (the files, separated by {@code File.pathSeparator}), in the {@code
 * corenlp} profile.
 */
@EnabledIfEnvironmentVariable(named = "TRAME_BENCH_NER", matches = ".+")
class NerPeerBenchmarkTest {

  @Test
  void oursAndCoreNlpOnTheSameDocuments() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String f : System.getenv("TRAME_BENCH_NER").split(java.io.File.pathSeparator)) {
      files.add(Path.of(f));
    }
    Set<String> types = new TreeSet<>();
    String typeList = System.getenv().getOrDefault("TRAME_BENCH_NER_TYPES", "pers,org,loc");
    for (String t : typeList.split(",")) {
      types.add(HipeReader.type(t.strip()));
    }
    long loadStart = System.nanoTime();
    DocumentTagger peer = new CoreNlpFrenchNer();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    DocumentTagger ours = DocumentTagger.of(NameTagger.french(), "fr");
    System.out.printf(
        Locale.ROOT, "CoreNLP French CRF loaded in %.1f s; types scored: %s%n", loadSeconds, types);
    for (Path f : files) {
      List<HipeDocument> docs = HipeReader.read(f);
      for (int i = 0; i < Math.min(20, docs.size()); i++) {
        ours.tag(docs.get(i));
        peer.tag(docs.get(i));
      }
      NerEvaluation.Result a = NerEvaluation.run(docs, ours, types);
      NerEvaluation.Result b = NerEvaluation.run(docs, peer, types);
      System.out.printf(
          Locale.ROOT, "%s: %d documents, %,d tokens%n", f.getFileName(), a.docs(), a.tokens());
      line("trame NameTagger", a);
      line("CoreNLP French CRF", b);
      System.out.printf(
          Locale.ROOT,
          "  speed ratio trame / CoreNLP %.1f×   strict F1 difference %+.3f%n",
          a.tokensPerSecond() / b.tokensPerSecond(),
          a.total().strictScore().f1() - b.total().strictScore().f1());
      System.out.printf(
          Locale.ROOT,
          "{\"file\":\"%s\",\"trame_strict_f1\":%.4f,\"trame_fuzzy_f1\":%.4f,\"trame_tokens_per_s\":%.0f,"
              + "\"corenlp_strict_f1\":%.4f,\"corenlp_fuzzy_f1\":%.4f,\"corenlp_tokens_per_s\":%.0f,"
              + "\"speed_ratio\":%.2f}%n",
          f.getFileName(),
          a.total().strictScore().f1(),
          a.total().fuzzyScore().f1(),
          a.tokensPerSecond(),
          b.total().strictScore().f1(),
          b.total().fuzzyScore().f1(),
          b.tokensPerSecond(),
          a.tokensPerSecond() / b.tokensPerSecond());
      assertThat(b.total().system()).as("CoreNLP found entities in " + f).isPositive();
    }
  }

  private static void line(String who, NerEvaluation.Result r) {
    NerScorer.Counts c = r.total();
    StringBuilder perType = new StringBuilder();
    r.byType()
        .forEach((t, x) ->
            perType.append(String.format(Locale.ROOT, "  %s %.3f", t, x.strictScore().f1())));
    System.out.printf(
        Locale.ROOT,
        "  %-19s strict P %.3f R %.3f F1 %.3f  fuzzy F1 %.3f  %,9.0f tokens/s  (strict F1 by type:%s)%n",
        who,
        c.strictScore().precision(),
        c.strictScore().recall(),
        c.strictScore().f1(),
        c.fuzzyScore().f1(),
        r.tokensPerSecond(),
        perType);
  }
}
