package org.trame.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article extraction benchmark's metric (see {@code ../shared/eval/README.md}): tokens are
 * Unicode {@code \w+} runs, case kept; each text is the multiset of its 4-token shingles; per page
 * the true positives are the multiset intersection, false positives and negatives the rest of each
 * side; precision and recall are means over pages, a page counting for precision only when
 * something was predicted and for recall only when there is something to find; F1 is the harmonic
 * mean of those two means.
 */
public final class ExtractionScorer {

  static final int SHINGLE = 4;

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ExtractionScorer() {}

  /**
   * One page's overlap, normalized to sum 1 as the benchmark does (the ratios are the same as for
   * the raw counts).
   */
  public record PageScore(double tp, double fp, double fn) {

    /** Null when nothing was predicted: the page does not count for precision. */
    public Double precision() {
      return tp + fp == 0 ? null : tp / (tp + fp);
    }

    /** Null when there was nothing to find: the page does not count for recall. */
    public Double recall() {
      return tp + fn == 0 ? null : tp / (tp + fn);
    }
  }

  /** The means over pages, and how many pages each mean is over. */
  public record Score(
      double precision, double recall, double f1, int precisionPages, int recallPages) {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The 4-token shingles of a text and how often each occurs; none for fewer than 4 tokens. */
  public static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  public static PageScore page(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    long predictedCount = p.values().stream().mapToLong(Integer::longValue).sum();
    long trueCount = t.values().stream().mapToLong(Integer::longValue).sum();
    long fp = predictedCount - tp;
    long fn = trueCount - tp;
    double sum = tp + fp + fn;
    if (sum == 0) {
      return new PageScore(0, 0, 0);
    }
    return new PageScore(tp / sum, fp / sum, fn / sum);
  }

  /** Means over pages, each page skipped where its precision or recall is undefined. */
  public static Score mean(List<PageScore> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (PageScore s : pages) {
      if (s.precision() != null) {
        p += s.precision();
        np++;
      }
      if (s.recall() != null) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, np, nr);
  }
}
