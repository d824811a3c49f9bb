package org.trame.dedup;

import java.util.SplittableRandom;

/**
 * A family of seeded hash functions and the MinHash signature they give a set of shingle hashes.
 * Each function is a multiply-add over the (already well mixed) 64-bit shingle hash, keeping the
 * high 32 bits: one multiplication per shingle and function, and the same seed always gives the
 * same functions, so signatures stored by one run compare with those of the next.
 */
public final class MinHash {

  private final long[] multipliers;
  private final long[] increments;

  public MinHash(int hashes, long seed) {
    if (hashes < 1) {
      throw new IllegalArgumentException("a MinHash needs at least one hash function");
    }
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[hashes];
    increments = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = random.nextLong() | 1L;
      increments[i] = random.nextLong();
    }
  }

  public int hashes() {
    return multipliers.length;
  }

  /** The signature of a set of shingle hashes (repeats do not matter); null for an empty set. */
  public Signature sign(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    int n = multipliers.length;
    long[] min = new long[n];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < n; i++) {
        long v = (multipliers[i] * shingle + increments[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = (int) min[i];
    }
    return new Signature(values);
  }
}
