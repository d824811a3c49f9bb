package org.trame.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the site furniture that pages put after the article ("Autres articles" with the teasers' own
 * dates, "Vidéos à ne pas manquer", "Read more"), which survives when a page is saved as text.
 * Works on one article alone, with no other page of its site to learn from ({@link SourceFurniture}
 * learns the rest).
 *
 * <p>The tail of an article is its last run of lines that are not prose (short, or not ending a
 * sentence). That tail is cut from a furniture heading in it, or, without a heading, from the first
 * teaser when it holds at least two lines that are nothing but a date or time (the teasers'
 * timestamps). Prose after a heading keeps the heading: an inline "À lire aussi" box in the middle
 * of an article is not its end. One-line inline teasers ("Lire aussi : …") are dropped wherever
 * they are.
 */
public final class DropTrailingFurniture implements TextCleaner {

  /** Headings of link lists, accent-folded and lower-cased, compared with the whole line. */
  private static final Set<String> HEADINGS =
      Set.of(
          "autres articles",
          "a lire aussi",
          "lire aussi",
          "a lire egalement",
          "a lire",
          "sur le meme sujet",
          "sur le meme theme",
          "dans la meme rubrique",
          "a ne pas manquer",
          "videos a ne pas manquer",
          "autres videos",
          "les plus lus",
          "les plus partages",
          "les plus commentes",
          "nos derniers articles",
          "derniers articles",
          "dernieres actualites",
          "articles recommandes",
          "articles similaires",
          "articles lies",
          "vous aimerez aussi",
          "vous aimerez aussi lire",
          "vous pourriez aussi aimer",
          "a decouvrir aussi",
          "a decouvrir egalement",
          "voir aussi",
          "en continu",
          "related articles",
          "related stories",
          "related",
          "read more",
          "read next",
          "more stories",
          "more from",
          "more news",
          "most read",
          "most popular",
          "latest news",
          "you may also like",
          "you might also like",
          "recommended",
          "recommended for you",
          "trending",
          "see also");

  /** An inline teaser line: "À lire aussi : …", "LIRE AUSSI - …", "Read more: …". */
  private static final Pattern INLINE_TEASER =
      Pattern.compile(
          "(?iu)^(?:[>»→▶►•-]\\s*)?(?:(?:à|a)\\s+lire\\s+(?:aussi|également|egalement)|lire"
              + " aussi|voir aussi|read more|read also|see also|related)\\s*[:>»-]\\s*\\S.*");

  /** A line that is only a date or a time: "20/06/2025, 10:13", "il y a 3 heures", "12 juin". */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?iu)^(?:(?:publié|mis à jour|updated|published)\\s+(?:le\\s+|on\\s+)?)?"
              + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
              + "|\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?"
              + "|\\p{L}{3,9}\\.?\\s+\\d{1,2},?(?:\\s+\\d{4})?"
              + "|il y a \\d+\\s+\\p{L}+|\\d+\\s*(?:min|h|hours?|minutes?) ago)"
              + "(?:\\s*(?:,|à|at|-)?\\s*\\d{1,2}[:h]\\d{2})?\\s*$");

  /** Prose: long enough and ending a sentence, or very long. */
  private static final int PROSE_CHARS = 120;

  private static final int LONG_LINE_CHARS = 250;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"”)]\\s*$");

  @Override
  public String clean(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.removeIf(line -> line.length() < 200 && INLINE_TEASER.matcher(line.strip()).matches());
    int tail = lines.size();
    while (tail > 0 && !isProse(lines.get(tail - 1))) {
      tail--;
    }
    if (tail == 0) {
      // no prose at all: nothing tells the article from a list, so nothing is cut
      return String.join("\n", lines).strip();
    }
    int cut = -1;
    int timestamps = 0;
    int firstTimestamp = -1;
    for (int i = tail; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (cut < 0 && HEADINGS.contains(fold(line))) {
        cut = i;
      }
      if (TIMESTAMP.matcher(line).matches()) {
        timestamps++;
        if (firstTimestamp < 0) {
          firstTimestamp = i;
        }
      }
    }
    if (cut < 0 && timestamps >= 2) {
      // the teaser's headline comes just before its timestamp
      cut = Math.max(tail, previousNonBlank(lines, firstTimestamp));
    }
    if (cut < 0) {
      return String.join("\n", lines).strip();
    }
    return String.join("\n", lines.subList(0, cut)).strip();
  }

  private static int previousNonBlank(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return index;
  }

  private static boolean isProse(String line) {
    String s = line.strip();
    if (s.length() >= LONG_LINE_CHARS) {
      return true;
    }
    return s.length() >= PROSE_CHARS && SENTENCE_END.matcher(s).find();
  }

  /** Lower case, accents and punctuation gone, spaces single: how headings are compared. */
  static String fold(String line) {
    String s = Normalizer.normalize(line.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return s.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
