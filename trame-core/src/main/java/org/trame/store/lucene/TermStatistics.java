package org.trame.store.lucene;

import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies of the analysed text, by term hash, kept in memory and updated on every add,
 * so that TF-IDF weights are current without asking the index for each term of each candidate. Its
 * formulas are public so that another store weighs terms exactly as this one does.
 */
public final class TermStatistics {

  private final LongIntHashMap documentFrequency = new LongIntHashMap();
  private long documents;

  static TermStatistics load(IndexReader reader, String field, long documents) throws IOException {
    TermStatistics stats = new TermStatistics();
    stats.documents = documents;
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      BytesRef term;
      while ((term = it.next()) != null) {
        stats.documentFrequency.addTo(
            TermVector.hash(term.bytes, term.offset, term.length), it.docFreq());
      }
    }
    return stats;
  }

  void add(LongIntHashMap termCounts) {
    documents++;
    for (LongIntCursor c : termCounts) {
      documentFrequency.addTo(c.key, 1);
    }
  }

  /** Smoothed inverse document frequency; a term never seen weighs the most. */
  double idf(long term) {
    return idf(documents, documentFrequency.getOrDefault(term, 0));
  }

  /** The smoothed IDF of a term in {@code df} of {@code documents}. */
  public static double idf(long documents, long df) {
    return StrictMath.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Sublinear TF times IDF, L2-normalized. */
  LongDoubleHashMap weights(LongIntHashMap termCounts) {
    return weights(termCounts, this::idf);
  }

  /**
   * Sublinear TF times {@code idf} of each term hash, L2-normalized. Sums run in term order: a hash
   * map's iteration order changes from one map to the next, and with it the last bit of a sum.
   */
  public static LongDoubleHashMap weights(
      LongIntHashMap termCounts, java.util.function.LongToDoubleFunction idf) {
    long[] terms = termCounts.keys().toArray();
    Arrays.sort(terms);
    double[] values = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      double w = (1 + StrictMath.log(termCounts.get(terms[i]))) * idf.applyAsDouble(terms[i]);
      values[i] = w;
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    LongDoubleHashMap weights = new LongDoubleHashMap(terms.length);
    for (int i = 0; i < terms.length; i++) {
      weights.put(terms[i], length > 0 ? values[i] / length : values[i]);
    }
    return weights;
  }

  /**
   * Cosine of a normalized weight vector and an encoded term-count vector, weighting the latter as
   * {@link #weights} does, in one pass without building its map.
   */
  double cosine(LongDoubleHashMap weights, BytesRef encodedCounts) {
    double[] dotAndNorm = new double[2];
    TermVector.forEach(
        encodedCounts,
        (term, count) -> {
          double w = (1 + StrictMath.log(count)) * idf(term);
          dotAndNorm[1] += w * w;
          dotAndNorm[0] += weights.getOrDefault(term, 0) * w;
        });
    return dotAndNorm[1] == 0 ? 0 : Math.min(1.0, dotAndNorm[0] / Math.sqrt(dotAndNorm[1]));
  }

  /** The cosine of two normalized weight vectors. */
  public static double cosine(LongDoubleHashMap a, LongDoubleHashMap b) {
    LongDoubleHashMap small = a.size() <= b.size() ? a : b;
    LongDoubleHashMap large = small == a ? b : a;
    long[] terms = small.keys().toArray();
    Arrays.sort(terms); // in term order, as weights sums
    double dot = 0;
    for (long term : terms) {
      dot += small.get(term) * large.getOrDefault(term, 0);
    }
    return Math.min(1.0, dot);
  }
}
