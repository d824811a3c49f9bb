package org.trame.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trame.eval.ner.NerScorer.Counts;

/**
 * Runs a {@link DocumentTagger} over HIPE documents and scores it with {@link NerScorer} on the
 * chosen types; tagging time is measured around each document, so a benchmark reuses the run.
 */
public final class NerEvaluation {

  /** pers, org, loc and prod: what the taggers compared here find (time is TIMEX's). */
  public static final Set<String> DEFAULT_TYPES = Set.of("PER", "ORG", "LOC", "WORK");

  private NerEvaluation() {}

  /**
   * The figures of one run.
   *
   * @param docs documents tagged
   * @param tokens tokens in them
   * @param byType counts for each type scored
   * @param nanos time inside the tagger, all documents together
   */
  public record Result(int docs, long tokens, Map<String, Counts> byType, long nanos) {

    public Result {
      byType = Map.copyOf(byType);
    }

    public Counts total() {
      return NerScorer.total(byType);
    }

    public double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }
  }

  /** Every document of every file, in order. */
  public static List<HipeDocument> read(List<Path> files) throws IOException {
    List<HipeDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.addAll(HipeReader.read(f));
    }
    return docs;
  }

  public static Result run(
      List<HipeDocument> docs, DocumentTagger tagger, Collection<String> types) {
    Map<String, Counts> byType = new TreeMap<>();
    for (String t : types) {
      byType.put(t, Counts.ZERO);
    }
    long tokens = 0;
    long nanos = 0;
    for (HipeDocument d : docs) {
      long start = System.nanoTime();
      List<TokenSpan> found = tagger.tag(d);
      nanos += System.nanoTime() - start;
      tokens += d.tokens().size();
      NerScorer.score(d.gold(), found, types).forEach((t, c) -> byType.merge(t, c, Counts::plus));
    }
    return new Result(docs.size(), tokens, byType, nanos);
  }
}
