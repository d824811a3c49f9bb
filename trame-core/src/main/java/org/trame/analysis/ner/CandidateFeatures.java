package org.trame.analysis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the type model sees of a candidate: its words and their endings ("-ien", "-burg"), its
 * shape, the words around it ("né à", "joue pour", "a été fondé"), and the lists it is in. The
 * features that come from the name lists and cue words start with {@value #EVIDENCE}: the trainer
 * hides them on half of the silver examples, so that the model also learns what else goes with each
 * type.
 */
final class CandidateFeatures {

  /** Prefix of the features that the rules' own evidence gives. */
  static final String EVIDENCE = "E:";

  private CandidateFeatures() {}

  static List<String> of(String text, List<Token> tokens, Candidate c) {
    List<String> f = new ArrayList<>(32);
    f.add("bias");
    int words = 0;
    String firstWord = null;
    String lastWord = null;
    for (int i = c.first; i < c.last; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      String w = t.text(text);
      String lower = w.toLowerCase(Locale.ROOT);
      words++;
      if (firstWord == null) {
        firstWord = w;
      }
      lastWord = w;
      f.add("w=" + lower);
      if (Lexicon.ORG_WORDS.contains(lower)) {
        f.add(EVIDENCE + "orgword");
      }
      if (Lexicon.EVENT_WORDS.contains(lower)) {
        f.add(EVIDENCE + "eventword");
      }
    }
    if (firstWord == null) {
      return f;
    }
    String full = c.surface(text, tokens);
    String firstLower = firstWord.toLowerCase(Locale.ROOT);
    String lastLower = lastWord.toLowerCase(Locale.ROOT);
    f.add("n=" + Math.min(words, 4));
    f.add("first=" + firstLower);
    f.add("last=" + lastLower);
    f.add("suf3=" + suffix(lastLower, 3));
    f.add("suf4=" + suffix(lastLower, 4));
    f.add("fsuf3=" + suffix(firstLower, 3));
    f.add("shape=" + shape(firstWord) + (words > 1 ? "+" + shape(lastWord) : ""));
    if (full.indexOf('-') > 0) {
      f.add("hyphen");
    }
    if (tokens.get(c.first).sentenceStart()) {
      f.add("sentstart");
    }
    String p1 = tokenBefore(text, tokens, c.first, 1);
    String p2 = tokenBefore(text, tokens, c.first, 2);
    String n1 = tokenAfter(text, tokens, c.last, 0);
    String n2 = tokenAfter(text, tokens, c.last, 1);
    f.add("p1=" + p1);
    f.add("p2=" + p2 + "_" + p1);
    f.add("n1=" + n1);
    f.add("n2=" + n1 + "_" + n2);
    if (Lexicon.OF_WORDS.contains(p1)) {
      f.add("ofnoun=" + p2);
    }
    f.add("p1n1=" + p1 + "_" + n1);
    if (Lexicon.firstName(firstWord)) {
      f.add(EVIDENCE + "firstname" + (words > 1 ? "+" : "1"));
    }
    if (Lexicon.LAST_NAMES.contains(lastWord)) {
      f.add(EVIDENCE + "lastname" + (words > 1 ? "+" : "1"));
    }
    if (Lexicon.KNOWN_PLACES.contains(full)) {
      f.add(EVIDENCE + "knownplace");
    } else if (Lexicon.PLACES.contains(full)) {
      f.add(EVIDENCE + "place");
    }
    if (Lexicon.PLACES.contains(lastWord) && words > 1) {
      f.add(EVIDENCE + "lastplace");
    }
    String news = Lexicon.NEWS_NAMES.get(full);
    if (news != null) {
      f.add(EVIDENCE + "news=" + news);
    }
    if (Lexicon.COMMON_FR.contains(firstLower)) {
      f.add(EVIDENCE + "commonfr");
    }
    if (Lexicon.COMMON_EN.contains(firstLower)) {
      f.add(EVIDENCE + "commonen");
    }
    if (Lexicon.PLACE_WORDS.contains(firstLower)) {
      f.add(EVIDENCE + "placeword");
    }
    if (c.headType != null) {
      f.add(EVIDENCE + "head=" + c.headType);
    }
    return f;
  }

  private static String suffix(String w, int n) {
    return w.length() <= n ? w : w.substring(w.length() - n);
  }

  /** "Xx", "XX", "X9", "xX": the capitals and digits of a word, in short. */
  private static String shape(String w) {
    boolean allCaps = true;
    boolean digit = false;
    boolean innerCap = false;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isDigit(ch)) {
        digit = true;
      } else if (Character.isLowerCase(ch)) {
        allCaps = false;
      } else if (i > 0 && Character.isUpperCase(ch) && w.charAt(i - 1) != '-') {
        innerCap = true;
      }
    }
    if (digit) {
      return "X9";
    }
    if (allCaps) {
      return w.length() == 1 ? "X" : "XX";
    }
    return innerCap ? "XxX" : "Xx";
  }

  /** The lower-cased token {@code back} places before {@code i}, or "<s>" before the text. */
  private static String tokenBefore(String text, List<Token> tokens, int i, int back) {
    int j = i - back;
    if (j < 0) {
      return "<s>";
    }
    return tokens.get(j).text(text).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static String tokenAfter(String text, List<Token> tokens, int i, int ahead) {
    int j = i + ahead;
    if (j >= tokens.size()) {
      return "</s>";
    }
    Token t = tokens.get(j);
    String w = t.text(text);
    // a capitalized next word says "another name", not which word
    return t.word() && Character.isUpperCase(w.charAt(0))
        ? "Cap"
        : w.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
