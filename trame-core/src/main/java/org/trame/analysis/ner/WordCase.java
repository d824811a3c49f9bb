package org.trame.analysis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one text writes its words inside sentences, in lower case or capitalized: what the text
 * itself says of a sentence's first word, whatever its language. Counted once, when first asked.
 */
final class WordCase {

  /** What may stand before a word of prose, and after it, besides another word. */
  private static final String BEFORE = ",;:(«\"“'’";

  private static final String AFTER = ",;:.!?)»\"”";

  private final String text;
  private final List<Token> tokens;
  private Map<String, int[]> counts;

  WordCase(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Whether the text writes {@code word} in lower case inside a sentence, between words or the
   * punctuation of prose (not in an address: "gossip / lindsay - lohan"), and never capitalized.
   */
  boolean onlyLowerInside(String word) {
    if (counts == null) {
      counts = new HashMap<>();
      count(text, tokens, counts, true);
    }
    int[] c = counts.get(word.toLowerCase(Locale.ROOT));
    return c != null && c[0] > 0 && c[1] == 0;
  }

  /**
   * Counts, for each word in lower case, how often the text writes it in lower case ({@code
   * counts[0]}) and how often capitalized ({@code counts[1]}), away from a sentence's start; with
   * {@code inProse}, a word in lower case counts only between words or the punctuation of prose.
   */
  static void count(String text, List<Token> tokens, Map<String, int[]> counts, boolean inProse) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word() || t.sentenceStart() || t.end() - t.start() < 2) {
        continue;
      }
      char first = text.charAt(t.start());
      if (Character.isLowerCase(first)
          && inProse
          && !(prose(text, tokens, i - 1, BEFORE) && prose(text, tokens, i + 1, AFTER))) {
        continue;
      }
      if (Character.isLetter(first)) {
        int[] c = counts.computeIfAbsent(t.text(text).toLowerCase(Locale.ROOT), k -> new int[2]);
        c[Character.isUpperCase(first) ? 1 : 0]++;
      }
    }
  }

  /** Whether the token at {@code i} is a word, one of {@code marks}, or the text's edge. */
  private static boolean prose(String text, List<Token> tokens, int i, String marks) {
    if (i < 0 || i >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(i);
    return t.word() || (t.end() - t.start() == 1 && marks.indexOf(text.charAt(t.start())) >= 0);
  }
}
