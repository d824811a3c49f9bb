package org.trame.timeline;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what a sentence is about, to tell whether two sentences tell the same fact and
 * how central a sentence is to its story: letters only, lower case without accents, at least 4
 * letters, common function words of French, English, Spanish and Italian left out, cut to 6 letters
 * so that a plural or a verb's other ending counts as the same word.
 */
final class ContentWords {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int STEM = 6;

  /** Function words of 4 letters or more, folded: they say nothing of a sentence's subject. */
  private static final Set<String> FUNCTION =
      Set.of(
          // French
          "dans",
          "pour",
          "avec",
          "sans",
          "sous",
          "mais",
          "plus",
          "moins",
          "tres",
          "tout",
          "tous",
          "toute",
          "toutes",
          "leur",
          "leurs",
          "cette",
          "elle",
          "elles",
          "nous",
          "vous",
          "etre",
          "avoir",
          "sont",
          "etait",
          "avait",
          "ont",
          "fait",
          "depuis",
          "apres",
          "avant",
          "selon",
          "entre",
          "aussi",
          "encore",
          "deja",
          "comme",
          "dont",
          "quand",
          "alors",
          "donc",
          "ainsi",
          "celui",
          "celle",
          "ceux",
          "lors",
          "vers",
          "chez",
          "contre",
          "autre",
          "autres",
          "meme",
          // English
          "that",
          "this",
          "with",
          "from",
          "have",
          "were",
          "been",
          "their",
          "they",
          "there",
          "which",
          "would",
          "will",
          "about",
          "after",
          "before",
          "into",
          "more",
          "than",
          "also",
          "when",
          "said",
          "what",
          "over",
          "under",
          "some",
          "such",
          "these",
          "those",
          "other",
          "while",
          // Spanish
          "para",
          "como",
          "pero",
          "sobre",
          "desde",
          "hasta",
          "este",
          "esta",
          "estos",
          "estas",
          "tras",
          "segun",
          "donde",
          "cuando",
          "tambien",
          "todo",
          "todos",
          "ante",
          "porque",
          "sido",
          "habia",
          "hace",
          "esto",
          "otro",
          "otros",
          "durante",
          "contra",
          "mientras",
          // Italian
          "della",
          "delle",
          "dello",
          "degli",
          "nella",
          "nelle",
          "nello",
          "negli",
          "alla",
          "alle",
          "allo",
          "agli",
          "dalla",
          "dalle",
          "dagli",
          "sono",
          "stato",
          "stata",
          "stati",
          "questo",
          "questa",
          "quello",
          "quella",
          "come",
          "anche",
          "dopo",
          "prima",
          "perche",
          "mentre",
          "ancora",
          "sulla",
          "sulle",
          "loro",
          "essere",
          "hanno",
          "aveva",
          "tutti",
          "tutto");

  private ContentWords() {}

  /** The stems of the text's content words with their counts. */
  static Map<String, Integer> of(String text) {
    Map<String, Integer> terms = new HashMap<>();
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      String w = m.group();
      if (w.length() < 4 || FUNCTION.contains(w)) {
        continue;
      }
      terms.merge(w.length() > STEM ? w.substring(0, STEM) : w, 1, Integer::sum);
    }
    return terms;
  }

  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** Shared words over the smaller set's size: 1 when one sentence's words are all in the other. */
  static double overlap(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Integer> small = a.size() <= b.size() ? a : b;
    Map<String, Integer> large = small == a ? b : a;
    int shared = 0;
    for (String t : small.keySet()) {
      if (large.containsKey(t)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }

  /** How many distinct words two bags share. */
  static int shared(Map<String, Integer> a, Map<String, Integer> b) {
    int shared = 0;
    for (String t : a.keySet()) {
      if (b.containsKey(t)) {
        shared++;
      }
    }
    return shared;
  }

  /** Cosine of two bags of words. */
  static double cosine(Map<String, Integer> a, Map<String, ? extends Number> b) {
    double dot = 0;
    double na = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      na += (double) e.getValue() * e.getValue();
      Number other = b.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other.doubleValue();
      }
    }
    double nb = 0;
    for (Number v : b.values()) {
      nb += v.doubleValue() * v.doubleValue();
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
