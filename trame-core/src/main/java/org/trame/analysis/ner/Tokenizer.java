package org.trame.analysis.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words and punctuation, keeping offsets. A word holds letters, digits and
 * combining marks, joined by inner hyphens and apostrophes ("Saint-Étienne", "O'Brien"); a French
 * elided article or preposition stands alone ("l'" "acteur", "d'" "Arc"), and an English possessive
 * is cut off the name ("Netflix" "'" "s"). Sentences end at . ! ? … and at line breaks.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    boolean sentenceStart = true;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        tokens.add(new Token(i, i + 1, false, false));
        if (c == '.' || c == '!' || c == '?' || c == '…') {
          sentenceStart = !abbreviation(text, tokens);
        }
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n) {
        char d = text.charAt(end);
        if (isWordChar(d)) {
          end++;
        } else if ((d == '-' || d == '\'' || d == '’')
            && end + 1 < n
            && isWordChar(text.charAt(end + 1))) {
          if (d != '-' && (elision(text, i, end) || possessive(text, end))) {
            break;
          }
          end++;
        } else {
          break;
        }
      }
      if (end < n
          && (text.charAt(end) == '\'' || text.charAt(end) == '’')
          && elision(text, i, end)) {
        end++; // the apostrophe belongs to the elided word
      }
      tokens.add(new Token(i, end, true, sentenceStart));
      sentenceStart = false;
      i = end;
    }
    return tokens;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** "l", "d", "qu", "jusqu"… before an apostrophe: French elision, not part of a name. */
  private static boolean elision(String text, int start, int apostrophe) {
    int len = apostrophe - start;
    if (len == 1) {
      char c = Character.toLowerCase(text.charAt(start));
      return "ldjmnstc".indexOf(c) >= 0;
    }
    if (len > 7) {
      return false;
    }
    String w = text.substring(start, apostrophe).toLowerCase(java.util.Locale.ROOT);
    return w.equals("qu") || w.equals("jusqu") || w.equals("lorsqu") || w.equals("puisqu");
  }

  /** "'s" closing a word: an English possessive, cut off the name. */
  private static boolean possessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    return (text.charAt(s) == 's' || text.charAt(s) == 'S')
        && (s + 1 == text.length() || !isWordChar(text.charAt(s + 1)));
  }

  /** A period after a title or an initial ("M. Dupont", "J. K. Rowling") ends no sentence. */
  private static boolean abbreviation(String text, List<Token> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    Token previous = tokens.get(tokens.size() - 2);
    if (!previous.word() || previous.end() != tokens.get(tokens.size() - 1).start()) {
      return false;
    }
    int len = previous.end() - previous.start();
    if (len == 1) {
      return Character.isUpperCase(text.charAt(previous.start()));
    }
    String w = previous.text(text);
    return len <= 4 && Lexicon.TITLE_ABBREVIATIONS.contains(w);
  }
}
