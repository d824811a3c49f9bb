package org.trame.store.lucene;

import com.carrotsearch.hppc.LongIntHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The analysed terms of a text with their counts. For similarity, terms are 64-bit hashes: scoring
 * a candidate then reads numbers from doc values, with no strings made and nothing boxed. Two terms
 * sharing a hash would merely share a weight; at 64 bits it does not happen in practice.
 */
public final class TermVector {

  private TermVector() {}

  public static Map<String, Integer> of(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return counts;
  }

  /** The same counts keyed by term hash. */
  public static LongIntHashMap hashed(Map<String, Integer> counts) {
    LongIntHashMap hashed = new LongIntHashMap(counts.size());
    counts.forEach((term, count) -> hashed.addTo(hash(term), count));
    return hashed;
  }

  public static long hash(String term) {
    byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
    return hash(bytes, 0, bytes.length);
  }

  /** Two 32-bit murmur3 hashes with different seeds, side by side. */
  static long hash(byte[] bytes, int offset, int length) {
    long high = StringHelper.murmurhash3_x86_32(bytes, offset, length, 0x9747b28c);
    long low = StringHelper.murmurhash3_x86_32(bytes, offset, length, 0x5bd1e995);
    return (high << 32) | (low & 0xffffffffL);
  }

  /** In term order: what sums over it (a cosine) then sums in the same order every time. */
  static BytesRef encode(LongIntHashMap counts) {
    ByteBuffer buffer = ByteBuffer.allocate(4 + counts.size() * 12);
    buffer.putInt(counts.size());
    long[] terms = counts.keys().toArray();
    java.util.Arrays.sort(terms);
    for (long term : terms) {
      buffer.putLong(term).putInt(counts.get(term));
    }
    return new BytesRef(buffer.array());
  }

  /** Receives the entries of an encoded vector one by one. */
  interface EntryConsumer {
    void accept(long termHash, int count);
  }

  /** Walks an encoded vector without building a map. */
  static void forEach(BytesRef ref, EntryConsumer consumer) {
    ByteBuffer buffer = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    int n = buffer.getInt();
    for (int i = 0; i < n; i++) {
      consumer.accept(buffer.getLong(), buffer.getInt());
    }
  }

  static LongIntHashMap decode(BytesRef ref) {
    LongIntHashMap counts = new LongIntHashMap();
    forEach(ref, counts::put);
    return counts;
  }
}
