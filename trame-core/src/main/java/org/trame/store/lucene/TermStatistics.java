package org.trame.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies of the analysed text, kept in memory and updated on every add, so that
 * TF-IDF weights are current without asking the index for each term of each candidate.
 */
final class TermStatistics {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private long documents;

  static TermStatistics load(IndexReader reader, String field, long documents) throws IOException {
    TermStatistics stats = new TermStatistics();
    stats.documents = documents;
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      BytesRef term;
      while ((term = it.next()) != null) {
        stats.documentFrequency.put(term.utf8ToString(), it.docFreq());
      }
    }
    return stats;
  }

  void add(Map<String, Integer> termCounts) {
    documents++;
    for (String term : termCounts.keySet()) {
      documentFrequency.merge(term, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency; a term never seen weighs the most. */
  double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Sublinear TF times IDF, L2-normalized. */
  Map<String, Double> weights(Map<String, Integer> termCounts) {
    Map<String, Double> weights = HashMap.newHashMap(termCounts.size());
    double norm = 0;
    for (Map.Entry<String, Integer> e : termCounts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
      weights.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      weights.replaceAll((t, w) -> w / length);
    }
    return weights;
  }

  /**
   * Cosine of a normalized weight vector and an encoded term-count vector, weighting the latter as
   * {@link #weights} does, in one pass without building its map.
   */
  double cosine(Map<String, Double> weights, org.apache.lucene.util.BytesRef encodedCounts) {
    double[] dotAndNorm = new double[2];
    TermVector.forEach(
        encodedCounts,
        (term, count) -> {
          double w = (1 + Math.log(count)) * idf(term);
          dotAndNorm[1] += w * w;
          Double q = weights.get(term);
          if (q != null) {
            dotAndNorm[0] += q * w;
          }
        });
    return dotAndNorm[1] == 0 ? 0 : Math.min(1.0, dotAndNorm[0] / Math.sqrt(dotAndNorm[1]));
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1.0, dot);
  }
}
