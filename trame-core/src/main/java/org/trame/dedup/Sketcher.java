package org.trame.dedup;

import org.trame.article.Article;

/**
 * Turns an article into its {@link Sketch}: the same text {@link Fingerprint} compares (the body,
 * or title and body when the body is short, so a new headline does not hide a copy), normalized,
 * cut into word shingles, signed by MinHash and banded.
 *
 * <p>The standard settings were chosen with {@code trame eval duplicates} (see
 * docs/architecture.md): 2-word shingles, 128 hashes in 32 bands of 4 rows. Pairs of words tolerate
 * edits better than longer shingles (one changed word breaks two shingles, not three or five), and
 * at an equal number of links outside OrangeSum's known duplicate groups they found more of the
 * made copies.
 */
public final class Sketcher {

  private static final long SEED = 0x7472616D65L; // "trame"

  private final int shingleSize;
  private final MinHash minHash;
  private final LshBands bands;

  public Sketcher(int shingleSize, MinHash minHash, LshBands bands) {
    if (minHash.hashes() != bands.bands() * bands.rows()) {
      throw new IllegalArgumentException(
          minHash.hashes()
              + " hashes do not cut into "
              + bands.bands()
              + " bands of "
              + bands.rows());
    }
    this.shingleSize = shingleSize;
    this.minHash = minHash;
    this.bands = bands;
  }

  /** The settings stores use; changing them makes stored band keys meaningless. */
  public static Sketcher standard() {
    return of(2, 32, 4);
  }

  /** Shingles of {@code shingleSize} words, {@code bands} × {@code rows} seeded hashes. */
  public static Sketcher of(int shingleSize, int bands, int rows) {
    return new Sketcher(shingleSize, new MinHash(bands * rows, SEED), new LshBands(bands, rows));
  }

  public LshBands bands() {
    return bands;
  }

  /** The sketch of an article, or null when it has no words to compare. */
  public Sketch sketch(Article article) {
    return sketch(article.title(), article.text());
  }

  /** The sketch of a title and body, or null when they hold no words. */
  public Sketch sketch(String title, String text) {
    FoldedWords body = FoldedWords.of(text);
    FoldedWords words =
        body.foldedLength() >= Fingerprint.MIN_BODY_CHARS
            ? body
            : FoldedWords.concat(FoldedWords.of(title), body);
    Signature signature = minHash.sign(WordShingles.of(words.hashes(), shingleSize));
    return signature == null ? null : new Sketch(signature, bands.keys(signature));
  }

  @Override
  public String toString() {
    return shingleSize
        + "-word shingles, "
        + minHash.hashes()
        + " hashes in "
        + bands.bands()
        + " bands of "
        + bands.rows();
  }
}
