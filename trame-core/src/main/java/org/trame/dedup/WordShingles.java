package org.trame.dedup;

/**
 * The word shingles of a text, each as a 64-bit hash. Words are hashed in place over the characters
 * ({@link FoldedWords}) and combined by position, so a text of any length costs two arrays, not one
 * object per shingle.
 */
public final class WordShingles {

  /** Distinct odd multipliers, one per position in a shingle (shingles of up to 8 words). */
  private static final long[] POSITION = {
    0x9E3779B97F4A7C15L,
    0xC2B2AE3D27D4EB4FL,
    0x165667B19E3779F9L,
    0xD6E8FEB86659FD93L,
    0xFF51AFD7ED558CCDL,
    0xC4CEB9FE1A85EC53L,
    0x94D049BB133111EBL,
    0xBF58476D1CE4E5B9L
  };

  private WordShingles() {}

  /** The longest shingle this class makes. */
  public static final int MAX_SIZE = POSITION.length;

  /**
   * Hashes of the {@code size}-word shingles of {@code text}, in text order (repeats kept), its
   * words found and folded as {@link Fingerprint#normalize} would. A text of fewer words than
   * {@code size} is one shingle; a text without words has none.
   */
  public static long[] of(String text, int size) {
    return of(FoldedWords.of(text).hashes(), size);
  }

  /** Hashes of the {@code size}-word shingles over hashed words. */
  static long[] of(long[] words, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("shingle size " + size + " is not in 1.." + MAX_SIZE);
    }
    int n = words.length;
    if (n == 0) {
      return words;
    }
    int width = Math.min(size, n);
    long[] shingles = new long[n - width + 1];
    for (int start = 0; start < shingles.length; start++) {
      long h = 0;
      for (int j = 0; j < width; j++) {
        h += words[start + j] * POSITION[j];
      }
      shingles[start] = Mix.fmix64(h);
    }
    return shingles;
  }
}
