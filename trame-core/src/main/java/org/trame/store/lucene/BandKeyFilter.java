package org.trame.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The near-duplicate band keys of the stored articles, as a Bloom filter in memory. Nearly every
 * key of a new article is in no other article; without this, each such key still costs a term
 * lookup in every segment of the index. A key the filter has never seen is certainly not stored; a
 * key it has seen is looked up (under 2% of unseen keys pass by chance, at 10 bits or more a key:
 * 32 keys make 40 bytes or more an article, 64 MB for a million articles).
 */
final class BandKeyFilter {

  private static final int BITS_PER_KEY = 10;
  private static final int PROBES = 3;

  private final long[] bits;
  private final int mask;
  private final long capacity;
  private long keys;

  private BandKeyFilter(long capacity) {
    this.capacity = capacity;
    long wanted = Math.max(1L << 16, Long.highestOneBit(capacity * BITS_PER_KEY - 1) << 1);
    int size = (int) Math.min(wanted, 1L << 31);
    this.bits = new long[size >>> 6];
    this.mask = size - 1;
  }

  /** Every key of {@code field} in {@code reader}, with room for half as many again. */
  static BandKeyFilter load(IndexReader reader, String field) throws IOException {
    long stored = 0;
    if (reader != null) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        stored += terms == null ? 0 : Math.max(0, terms.size());
      }
    }
    BandKeyFilter filter = new BandKeyFilter(Math.max(4096, stored + stored / 2));
    if (reader != null) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        BytesRef term;
        while ((term = it.next()) != null) {
          filter.add(LuceneStore.bandKey(term));
        }
      }
    }
    return filter;
  }

  void add(long key) {
    int h1 = (int) key;
    int h2 = (int) (key >>> 32) | 1;
    for (int i = 0; i < PROBES; i++) {
      int bit = (h1 + i * h2) & mask;
      bits[bit >>> 6] |= 1L << bit;
    }
    keys++;
  }

  boolean mightContain(long key) {
    int h1 = (int) key;
    int h2 = (int) (key >>> 32) | 1;
    for (int i = 0; i < PROBES; i++) {
      int bit = (h1 + i * h2) & mask;
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether it holds more keys than it was sized for (false hits then grow): time to reload. */
  boolean full() {
    return keys > capacity;
  }
}
