package org.trame.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words of a text as 64-bit hashes, blind to case and accents, in one pass over its characters:
 * the same words as {@link Fingerprint#normalize} finds (runs of letters and digits, accents
 * dropped), without building the normalized text or running regular expressions over it.
 */
final class FoldedWords {

  /** What each character of the Latin blocks folds to (lower case, accent dropped), or 0. */
  private static final char[] LATIN = latinFolding();

  private final long[] hashes;
  private final int count;
  private final int foldedLength;

  private FoldedWords(long[] hashes, int count, int foldedLength) {
    this.hashes = hashes;
    this.count = count;
    this.foldedLength = foldedLength;
  }

  /** The hashes, in text order. */
  long[] hashes() {
    return count == hashes.length ? hashes : Arrays.copyOf(hashes, count);
  }

  int count() {
    return count;
  }

  /** The length of the text as {@link Fingerprint#normalize} writes it: words and single spaces. */
  int foldedLength() {
    return foldedLength;
  }

  /** Words of {@code first}, then of {@code second}. */
  static FoldedWords concat(FoldedWords first, FoldedWords second) {
    long[] all = Arrays.copyOf(first.hashes, first.count + second.count);
    System.arraycopy(second.hashes, 0, all, first.count, second.count);
    int gap = first.count > 0 && second.count > 0 ? 1 : 0;
    return new FoldedWords(all, all.length, first.foldedLength + gap + second.foldedLength);
  }

  static FoldedWords of(String text) {
    long[] out = new long[Math.max(8, text.length() / 5)];
    int count = 0;
    int length = 0;
    long h = 0;
    int wordLength = 0;
    for (int i = 0; i <= text.length(); i++) {
      char folded = i == text.length() ? 0 : fold(text.charAt(i));
      if (folded == 0 && i < text.length() && isMark(text.charAt(i))) {
        // a combining accent belongs to the letter before it: dropped without ending the word
        continue;
      }
      if (folded != 0) {
        if (wordLength == 0) {
          h = 0xCBF29CE484222325L;
        }
        // FNV-1a over the folded characters, finished by a strong mixer at the end of the word
        h = (h ^ folded) * 0x100000001B3L;
        wordLength++;
      } else if (wordLength > 0) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = Mix.fmix64(h);
        length += (count > 1 ? 1 : 0) + wordLength;
        wordLength = 0;
      }
    }
    return new FoldedWords(out, count, length);
  }

  /** The character a word keeps, or 0 for one that separates words. */
  private static char fold(char c) {
    if (c < LATIN.length) {
      return LATIN[c];
    }
    if (!Character.isLetterOrDigit(c)) {
      // surrogate halves count as letters: words in other planes stay words, just not folded
      return Character.isSurrogate(c) ? c : 0;
    }
    return Character.toLowerCase(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static char[] latinFolding() {
    char[] table = new char[0x250];
    for (char c = 0; c < table.length; c++) {
      if (Character.isLetterOrDigit(c)) {
        String decomposed =
            Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        table[c] = decomposed.charAt(0);
      }
    }
    return table;
  }
}
