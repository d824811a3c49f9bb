package org.trame.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash signature: for each of its hash functions, the least hash value over a text's shingles.
 * The share of positions where two signatures agree estimates the Jaccard resemblance of the two
 * shingle sets (standard error √(J(1−J)/n) for n hashes).
 */
public final class Signature {

  private final int[] values;

  Signature(int[] values) {
    this.values = values;
  }

  public int size() {
    return values.length;
  }

  int value(int position) {
    return values[position];
  }

  /** Estimated Jaccard resemblance, in [0, 1]; 0 for signatures of different sizes. */
  public double similarity(Signature other) {
    if (other.values.length != values.length || values.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  /** Four bytes a value, big-endian: what a store keeps. */
  public byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(values.length * Integer.BYTES);
    out.asIntBuffer().put(values);
    return out.array();
  }

  /** The signature {@link #encode} wrote. */
  public static Signature decode(byte[] bytes, int offset, int length) {
    if (length % Integer.BYTES != 0) {
      throw new IllegalArgumentException("a signature is a whole number of 4-byte values");
    }
    int[] values = new int[length / Integer.BYTES];
    ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(values);
    return new Signature(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
