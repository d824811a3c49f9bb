package org.trame.analysis.ner;

/**
 * A word or punctuation mark of a text, by offsets.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param word letters or digits (else one punctuation character)
 * @param sentenceStart the first word of a sentence, where a capital says nothing
 */
record Token(int start, int end, boolean word, boolean sentenceStart) {

  String text(CharSequence s) {
    return s.subSequence(start, end).toString();
  }
}
