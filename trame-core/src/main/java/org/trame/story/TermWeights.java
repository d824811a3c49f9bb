package org.trame.story;

import java.util.Arrays;

/**
 * A text's analysed terms with their weights (sublinear TF times IDF), by 64-bit term hash, sorted
 * by hash so that two vectors meet in one merge. What the story engine compares: articles with
 * articles, and articles with the centroid of a cluster.
 *
 * @param terms term hashes, ascending, no repeats
 * @param weights their weights, same order
 */
public record TermWeights(long[] terms, float[] weights) {

  public static final TermWeights EMPTY = new TermWeights(new long[0], new float[0]);

  public TermWeights {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("one weight per term");
    }
  }

  /** From unsorted parallel arrays (copied). */
  public static TermWeights of(long[] terms, float[] weights) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(terms[a], terms[b]));
    long[] t = new long[terms.length];
    float[] w = new float[terms.length];
    for (int i = 0; i < order.length; i++) {
      t[i] = terms[order[i]];
      w[i] = weights[order[i]];
    }
    return new TermWeights(t, w);
  }

  public int size() {
    return terms.length;
  }

  public double norm() {
    double sum = 0;
    for (float w : weights) {
      sum += (double) w * w;
    }
    return Math.sqrt(sum);
  }

  /** Dot product over the shared terms. */
  public double dot(TermWeights other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      long a = terms[i];
      long b = other.terms[j];
      if (a == b) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Cosine of the angle between the two, in [0, 1] for non-negative weights. */
  public double cosine(TermWeights other) {
    double n = norm() * other.norm();
    return n == 0 ? 0 : Math.min(1.0, dot(other) / n);
  }

  /**
   * The sum of this and {@code other} scaled by {@code scale}, keeping the {@code keep} heaviest
   * terms: a cluster's centroid grows article by article and stays bounded.
   */
  public TermWeights plus(TermWeights other, double scale, int keep) {
    long[] t = new long[terms.length + other.terms.length];
    float[] w = new float[t.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length || j < other.terms.length) {
      if (j >= other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
        t[n] = terms[i];
        w[n++] = weights[i++];
      } else if (i >= terms.length || other.terms[j] < terms[i]) {
        t[n] = other.terms[j];
        w[n++] = (float) (other.weights[j++] * scale);
      } else {
        t[n] = terms[i];
        w[n++] = (float) (weights[i++] + other.weights[j++] * scale);
      }
    }
    if (n <= keep) {
      return new TermWeights(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }
    // the keep-th largest weight, then the terms at or above it (ties broken by position)
    float[] sorted = Arrays.copyOf(w, n);
    Arrays.sort(sorted);
    float cut = sorted[n - keep];
    int above = 0;
    for (int k = 0; k < n; k++) {
      if (w[k] > cut) {
        above++;
      }
    }
    int ties = keep - above;
    long[] kt = new long[keep];
    float[] kw = new float[keep];
    int m = 0;
    for (int k = 0; k < n && m < keep; k++) {
      if (w[k] > cut || (w[k] == cut && ties-- > 0)) {
        kt[m] = t[k];
        kw[m++] = w[k];
      }
    }
    return new TermWeights(kt, kw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermWeights other
        && Arrays.equals(terms, other.terms)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "TermWeights[" + terms.length + " terms]";
  }
}
