package org.trame.eval.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trame.analysis.TimeMention;

/**
 * Scores a tagger's temporal expressions against gold ones, TempEval-3 style (UzZaman et al.,
 * "SemEval-2013 Task 1: TempEval-3", *SEM 2013, section 4, and its evaluation toolkit).
 *
 * <ul>
 *   <li><b>Strict</b>: a system mention matches a gold one with exactly the same span.
 *   <li><b>Relaxed</b>: a system mention matches a gold one whose span it overlaps. Matching is one
 *       to one: each gold and each system mention is used at most once, chosen greedily by the
 *       largest overlap in characters (ties: an identical span first, then the earlier gold, then
 *       the earlier system mention). An identical pair overlaps by its whole length, which no rival
 *       pair of either mention can exceed, so every strict match is also a relaxed one.
 *   <li><b>Value</b> and <b>type</b>: TempEval-3's "attribute F1", where a true positive needs the
 *       relaxed match <em>and</em> the attribute equal to gold (attribute precision = correct /
 *       system mentions, recall = correct / gold mentions). The paper also writes it as attribute
 *       accuracy over relaxed matches × relaxed F1; with one-to-one matching the two are the same
 *       number, since both reduce to 2·correct / (gold + system). A missing system value is never
 *       correct; values and types compare as exact strings, as in the toolkit.
 * </ul>
 *
 * <p>Figures are micro-averaged: counts are summed over documents, then divided. A side with no
 * mentions gives precision (or recall) 0 rather than a division by zero.
 */
public final class TimexScorer {

  private TimexScorer() {}

  /**
   * Precision, recall and their harmonic mean.
   *
   * @param correct true positives
   */
  public record Prf(int correct, double precision, double recall, double f1) {

    static Prf of(int correct, int system, int gold) {
      double p = system == 0 ? 0 : (double) correct / system;
      double r = gold == 0 ? 0 : (double) correct / gold;
      return new Prf(correct, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /**
   * What one or more documents contributed; add them up with {@link #plus}.
   *
   * @param gold gold mentions
   * @param system system mentions
   * @param strict pairs with identical spans
   * @param relaxed pairs with overlapping spans
   * @param value relaxed pairs whose normalized value is also right
   * @param type relaxed pairs whose type is also right
   */
  public record Counts(int gold, int system, int strict, int relaxed, int value, int type) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(
          gold + o.gold,
          system + o.system,
          strict + o.strict,
          relaxed + o.relaxed,
          value + o.value,
          type + o.type);
    }

    public Prf strictScore() {
      return Prf.of(strict, system, gold);
    }

    public Prf relaxedScore() {
      return Prf.of(relaxed, system, gold);
    }

    public Prf valueScore() {
      return Prf.of(value, system, gold);
    }

    public Prf typeScore() {
      return Prf.of(type, system, gold);
    }
  }

  /** A relaxed match: indexes into the gold and system lists. */
  public record Pair(int gold, int system) {}

  /** Scores one document's mentions. Offsets of both lists must index the same text. */
  public static Counts score(List<TimeMention> gold, List<TimeMention> system) {
    int strict = strictMatches(gold, system);
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (Pair p : relaxedMatches(gold, system)) {
      TimeMention g = gold.get(p.gold());
      TimeMention s = system.get(p.system());
      relaxed++;
      if (s.value() != null && s.value().equals(g.value())) {
        value++;
      }
      if (s.type() != null && s.type().equals(g.type())) {
        type++;
      }
    }
    return new Counts(gold.size(), system.size(), strict, relaxed, value, type);
  }

  /** How many system mentions have a gold mention of the same span, each gold used once. */
  static int strictMatches(List<TimeMention> gold, List<TimeMention> system) {
    Map<Long, Integer> unmatched = new HashMap<>();
    for (TimeMention g : gold) {
      unmatched.merge(span(g), 1, Integer::sum);
    }
    int matches = 0;
    for (TimeMention s : system) {
      Integer left = unmatched.get(span(s));
      if (left != null && left > 0) {
        unmatched.put(span(s), left - 1);
        matches++;
      }
    }
    return matches;
  }

  /** The one-to-one overlap matching described above, as (gold, system) index pairs. */
  public static List<Pair> relaxedMatches(List<TimeMention> gold, List<TimeMention> system) {
    record Candidate(int gold, int system, int overlap, boolean identical) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      TimeMention g = gold.get(i);
      for (int j = 0; j < system.size(); j++) {
        TimeMention s = system.get(j);
        int overlap = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
        if (overlap > 0) {
          candidates.add(new Candidate(i, j, overlap, span(g) == span(s)));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::overlap)
            .reversed()
            .thenComparing(Candidate::identical, Comparator.reverseOrder())
            .thenComparingInt(c -> gold.get(c.gold()).start())
            .thenComparingInt(c -> system.get(c.system()).start())
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::system));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] systemUsed = new boolean[system.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !systemUsed[c.system()]) {
        goldUsed[c.gold()] = true;
        systemUsed[c.system()] = true;
        pairs.add(new Pair(c.gold(), c.system()));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::gold));
    return pairs;
  }

  private static long span(TimeMention m) {
    Objects.requireNonNull(m, "mention");
    return ((long) m.start() << 32) | (m.end() & 0xffffffffL);
  }
}
