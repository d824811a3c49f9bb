package org.trame.dedup;

/** MurmurHash3's 64-bit finalizer: every input bit reaches every output bit. */
final class Mix {

  private Mix() {}

  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }
}
