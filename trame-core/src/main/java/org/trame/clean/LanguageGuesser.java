package org.trame.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells French from English by their commonest words, which make up a large share of any text in
 * either language. Cheap and reliable on article-length text; returns null when too little text
 * says either way.
 */
public final class LanguageGuesser {

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "fr",
          Set.of(
              "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans",
              "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont", "par",
              "plus", "ont", "été", "mais", "ne", "se", "son", "sa", "ses", "nous", "vous"),
          "en",
          Set.of(
              "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on",
              "are", "by", "this", "be", "from", "at", "have", "has", "an", "which", "their",
              "they", "he", "she", "his", "her", "will", "were", "been", "would", "not", "but"));

  private static final int MIN_EVIDENCE = 3;

  /** ISO 639-1 code of the language of {@code text}, or null when it cannot tell. */
  public String guess(String text) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 5000);
    for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
      int count = 0;
      for (String w : words) {
        if (language.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount) {
        second = bestCount;
        bestCount = count;
        best = language.getKey();
      } else if (count > second) {
        second = count;
      }
    }
    return bestCount >= MIN_EVIDENCE && bestCount > second * 1.5 ? best : null;
  }
}
