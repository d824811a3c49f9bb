package org.trame.eval.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HIPE's two regimes, micro-averaged over entities: strict = same tokens and same type; fuzzy =
 * same type and at least one token in common, each gold entity matched at most once (greedily, in
 * text order).
 */
public final class NerScorer {

  private NerScorer() {}

  /** Precision, recall, F1. */
  public record Prf(double precision, double recall, double f1) {

    static Prf of(int tp, int system, int gold) {
      double p = system == 0 ? 0 : (double) tp / system;
      double r = gold == 0 ? 0 : (double) tp / gold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Counts for one type. */
  public record Counts(int gold, int system, int strict, int fuzzy) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, system + o.system, strict + o.strict, fuzzy + o.fuzzy);
    }

    public Prf strictScore() {
      return Prf.of(strict, system, gold);
    }

    public Prf fuzzyScore() {
      return Prf.of(fuzzy, system, gold);
    }
  }

  /** Counts per type, for the types in {@code types} only. */
  public static Map<String, Counts> score(
      List<TokenSpan> gold, List<TokenSpan> system, Collection<String> types) {
    Map<String, Counts> byType = new TreeMap<>();
    for (String type : types) {
      List<TokenSpan> g = ofType(gold, type);
      List<TokenSpan> s = ofType(system, type);
      int strict = 0;
      for (TokenSpan x : s) {
        if (g.contains(x)) {
          strict++;
        }
      }
      boolean[] used = new boolean[g.size()];
      int fuzzy = 0;
      for (TokenSpan x : s) {
        for (int i = 0; i < g.size(); i++) {
          if (!used[i] && g.get(i).overlaps(x)) {
            used[i] = true;
            fuzzy++;
            break;
          }
        }
      }
      byType.put(type, new Counts(g.size(), s.size(), strict, fuzzy));
    }
    return byType;
  }

  public static Counts total(Map<String, Counts> byType) {
    Counts all = Counts.ZERO;
    for (Counts c : byType.values()) {
      all = all.plus(c);
    }
    return all;
  }

  private static List<TokenSpan> ofType(List<TokenSpan> spans, String type) {
    List<TokenSpan> out = new ArrayList<>();
    for (TokenSpan s : spans) {
      if (s.type().equals(type)) {
        out.add(s);
      }
    }
    return out;
  }
}
