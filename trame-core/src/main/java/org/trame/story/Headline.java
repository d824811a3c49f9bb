package org.trame.story;

import org.trame.article.Article;
import org.trame.article.PublishedDate;

/**
 * What an event or a story is called: a headline a reader takes in at a glance. An article given
 * without one has its lead paragraph for a title; that is cut to its first sentence, or to about a
 * line.
 */
final class Headline {

  /** About one line of a list; longer titles are leads, not headlines. */
  static final int MAX_LENGTH = 120;

  private static final String ELLIPSIS = "…";

  private Headline() {}

  /** The title a cluster shows for {@code title}: itself when short, else its start. */
  static String readable(String title) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (t.length() <= MAX_LENGTH) {
      return t;
    }
    int sentenceEnd = firstSentenceEnd(t);
    if (sentenceEnd > 0 && sentenceEnd <= MAX_LENGTH) {
      return t.substring(0, sentenceEnd);
    }
    int cut = t.lastIndexOf(' ', MAX_LENGTH - 1);
    return (cut > MAX_LENGTH / 2 ? t.substring(0, cut) : t.substring(0, MAX_LENGTH - 1))
            .replaceAll("[\\s,;:]+$", "")
        + ELLIPSIS;
  }

  /**
   * The title of a cluster that {@code article} joins: the readable title of its earliest dated
   * article, the start of the story. (A headline is not preferred to a lead: the cluster keeps no
   * date for its title, so which came first could then depend on the order articles arrive in.)
   */
  static String choose(String current, PublishedDate first, Article article) {
    boolean earlier =
        article.published() != null && (first == null || article.published().compareTo(first) < 0);
    if (earlier || current == null || current.isEmpty()) {
      String candidate = readable(article.title());
      return candidate.isEmpty() ? current : candidate;
    }
    return current;
  }

  /** The end of the first sentence that more text follows ("… 2022. L'Agence …"), or -1. */
  private static int firstSentenceEnd(String t) {
    for (int i = 1; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && t.charAt(i + 1) == ' '
          && Character.isUpperCase(t.charAt(i + 2))
          && !abbreviation(t, i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * "M. Macron", "J. K. Rowling", "Dr. Who": a period after one or two letters ends no sentence.
   */
  private static boolean abbreviation(String t, int period) {
    int start = period;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    return t.charAt(period) == '.' && period - start <= 2;
  }
}
