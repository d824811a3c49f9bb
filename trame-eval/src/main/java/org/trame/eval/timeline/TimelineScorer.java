package org.trame.eval.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline metrics of news-tls: date F1 (the produced timeline's set of dates against the
 * reference's) and date-agreement ROUGE-N (Martschat &amp; Markert 2017): n-grams match only
 * between a produced and a reference entry of the same date; precision is over all produced
 * n-grams, recall over all reference n-grams. Tokens are runs of letters and digits, lower-cased,
 * not stemmed.
 */
public final class TimelineScorer {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Precision, recall and F1. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(double matched, double produced, double reference) {
      double p = produced == 0 ? 0 : matched / produced;
      double r = reference == 0 ? 0 : matched / reference;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  private TimelineScorer() {}

  public static Prf dateF1(Set<LocalDate> produced, Set<LocalDate> reference) {
    Set<LocalDate> both = new HashSet<>(produced);
    both.retainAll(reference);
    return Prf.of(both.size(), produced.size(), reference.size());
  }

  /**
   * @param produced the texts of each produced date (several entries of a date are one text)
   * @param reference the texts of each reference date
   */
  public static Prf agreementRouge(
      Map<LocalDate, List<String>> produced, Map<LocalDate, List<String>> reference, int n) {
    double matched = 0;
    double producedTotal = 0;
    double referenceTotal = 0;
    for (Map.Entry<LocalDate, List<String>> e : produced.entrySet()) {
      Map<String, Integer> mine = ngrams(e.getValue(), n);
      producedTotal += total(mine);
      List<String> gold = reference.get(e.getKey());
      if (gold != null) {
        Map<String, Integer> theirs = ngrams(gold, n);
        for (Map.Entry<String, Integer> g : mine.entrySet()) {
          matched += Math.min(g.getValue(), theirs.getOrDefault(g.getKey(), 0));
        }
      }
    }
    for (List<String> texts : reference.values()) {
      referenceTotal += total(ngrams(texts, n));
    }
    return Prf.of(matched, producedTotal, referenceTotal);
  }

  static Map<String, Integer> ngrams(List<String> texts, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      List<String> tokens = tokens(text);
      for (int i = 0; i + n <= tokens.size(); i++) {
        counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static int total(Map<String, Integer> counts) {
    int total = 0;
    for (int c : counts.values()) {
      total += c;
    }
    return total;
  }
}
