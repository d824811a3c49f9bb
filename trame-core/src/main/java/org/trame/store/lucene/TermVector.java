package org.trame.store.lucene;

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

/** The analysed terms of a text with their counts, and their compact binary form for doc values. */
final class TermVector {

  private TermVector() {}

  static Map<String, Integer> of(Analyzer analyzer, String field, String text) {
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

  static BytesRef encode(Map<String, Integer> counts) {
    int size = 4;
    Map<byte[], Integer> encoded = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      byte[] bytes = e.getKey().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > Short.MAX_VALUE) {
        continue;
      }
      encoded.put(bytes, e.getValue());
      size += 2 + bytes.length + 4;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    buffer.putInt(encoded.size());
    for (Map.Entry<byte[], Integer> e : encoded.entrySet()) {
      buffer.putShort((short) e.getKey().length).put(e.getKey()).putInt(e.getValue());
    }
    return new BytesRef(buffer.array());
  }

  /** Receives the entries of an encoded vector one by one. */
  interface EntryConsumer {
    void accept(String term, int count);
  }

  /** Walks an encoded vector without building a map. */
  static void forEach(BytesRef ref, EntryConsumer consumer) {
    ByteBuffer buffer = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    int n = buffer.getInt();
    byte[] bytes = ref.bytes;
    for (int i = 0; i < n; i++) {
      int length = buffer.getShort();
      int at = buffer.position();
      String term = new String(bytes, at, length, StandardCharsets.UTF_8);
      buffer.position(at + length);
      consumer.accept(term, buffer.getInt());
    }
  }

  static Map<String, Integer> decode(BytesRef ref) {
    ByteBuffer buffer = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    int n = buffer.getInt();
    Map<String, Integer> counts = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      byte[] bytes = new byte[buffer.getShort()];
      buffer.get(bytes);
      counts.put(new String(bytes, StandardCharsets.UTF_8), buffer.getInt());
    }
    return counts;
  }
}
