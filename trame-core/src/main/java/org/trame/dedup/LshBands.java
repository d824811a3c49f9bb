package org.trame.dedup;

/**
 * Locality-sensitive hashing of a signature: cut into {@code bands} bands of {@code rows} values,
 * each band hashed to one key. Two texts of resemblance s share at least one key with probability 1
 * − (1 − s^rows)^bands: likely above about (1/bands)^(1/rows), unlikely well below. A store indexes
 * the keys as terms, so finding candidates is a lookup of a few terms, whatever its size.
 */
public final class LshBands {

  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be at least 1");
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The probability that two texts of resemblance {@code s} share at least one band key. */
  public double candidateProbability(double s) {
    return 1 - StrictMath.pow(1 - StrictMath.pow(s, rows), bands);
  }

  /** One key a band; the band's number is hashed in, so equal keys only ever match in one band. */
  public long[] keys(Signature signature) {
    if (signature.size() != bands * rows) {
      throw new IllegalArgumentException(
          "a signature of "
              + signature.size()
              + " values does not cut into "
              + bands
              + " bands of "
              + rows);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = Mix.fmix64(band + 1L);
      for (int row = 0; row < rows; row++) {
        h = Mix.fmix64(h ^ (signature.value(band * rows + row) & 0xFFFFFFFFL));
      }
      keys[band] = h;
    }
    return keys;
  }

  /** Whether two key lists, made by the same bands, agree in at least one band. */
  public static boolean shareBand(long[] a, long[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (a[i] == b[i]) {
        return true;
      }
    }
    return false;
  }
}
