package org.trame.story;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.nio.ByteBuffer;

/**
 * In how many articles each entity was named, so that a shared rare name ("Hayley Atwell") weighs
 * more than a shared common one ("France"). Kept by the story engine and saved in the store.
 */
public final class EntityFrequencies {

  private final LongIntHashMap articles = new LongIntHashMap();
  private long documents;

  public void add(long[] entityKeys) {
    documents++;
    for (long k : entityKeys) {
      articles.addTo(k, 1);
    }
  }

  /** Smoothed inverse document frequency; a name never seen weighs the most. */
  public double idf(long entity) {
    return StrictMath.log((documents + 1.0) / (articles.getOrDefault(entity, 0) + 1.0)) + 1.0;
  }

  public long documents() {
    return documents;
  }

  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(12 + articles.size() * 12);
    out.putLong(documents).putInt(articles.size());
    for (LongIntCursor c : articles) {
      out.putLong(c.key).putInt(c.value);
    }
    return out.array();
  }

  public static EntityFrequencies fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    EntityFrequencies f = new EntityFrequencies();
    f.documents = in.getLong();
    int n = in.getInt();
    for (int i = 0; i < n; i++) {
      f.articles.put(in.getLong(), in.getInt());
    }
    return f;
  }
}
