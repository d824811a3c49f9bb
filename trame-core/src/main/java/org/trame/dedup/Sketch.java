package org.trame.dedup;

/**
 * What near-duplicate detection keeps of an article: its MinHash signature and the LSH band keys
 * under which a store indexes it.
 */
public final class Sketch {

  private final Signature signature;
  private final long[] bandKeys;

  Sketch(Signature signature, long[] bandKeys) {
    this.signature = signature;
    this.bandKeys = bandKeys;
  }

  public Signature signature() {
    return signature;
  }

  /** The key of each band, in band order (a copy). */
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** Whether the two agree in at least one band: what makes a candidate. */
  public boolean sharesBandWith(Sketch other) {
    return LshBands.shareBand(bandKeys, other.bandKeys);
  }

  /** Estimated Jaccard resemblance of the two texts' shingle sets. */
  public double similarity(Sketch other) {
    return signature.similarity(other.signature);
  }
}
