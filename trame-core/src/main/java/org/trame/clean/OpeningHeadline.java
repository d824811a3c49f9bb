package org.trame.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline of a text given with no title (JSON Lines often carry none): its first line,
 * unless that line tells nothing of the article ("BBC News Mundo Navegación", "Cuenta de usuario":
 * a page's chrome copied above the headline). Then the headline is the opening line, before the
 * first paragraph, whose words the body repeats most (a photo's caption or a row of tags left out),
 * and the lines above it go with the chrome. Words are compared on their first letters, so that
 * "misiles" and "misil" meet; short words, the same in every article, do not count.
 */
final class OpeningHeadline {

  /** Opening lines weighed, at most: the chrome above a headline is a few lines. */
  static final int OPENING_LINES = 8;

  /** A line this long is a paragraph: the headline is above it. */
  static final int PARAGRAPH = 160;

  /** Words a line must share with the body to be about the article. */
  static final int ABOUT = 2;

  /** How much of the body is read for its words. */
  private static final int BODY_CHARS = 4000;

  private static final int SHORTEST_WORD = 4;
  private static final int STEM = 5;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * A line that ends with a short credit or name after a "|": a photo's caption ("Un soldat monte
   * la garde devant le musée. | AP"), a row of tags ("Assad | Onu | Damasco"). It tells the
   * article's words, but it is not its headline.
   */
  private static final Pattern CREDITED =
      Pattern.compile("\\|\\s*\\p{L}[\\p{L}\\p{N}.'’ /-]{0,20}$");

  private OpeningHeadline() {}

  /** The headline and the text after it: {@code [title, rest]}. */
  static String[] split(String text) {
    String[] lines = text.split("\n", -1);
    int opening = 0;
    while (opening < Math.min(lines.length - 1, OPENING_LINES)
        && lines[opening].strip().length() < PARAGRAPH) {
      opening++;
    }
    int chosen = 0;
    if (opening > 1) {
      Set<String> body = words(body(lines, opening));
      if (shared(lines[0], body) < ABOUT) {
        int best = -1;
        for (int i = 1; i < opening; i++) {
          if (CREDITED.matcher(lines[i].strip()).find()) {
            continue;
          }
          int s = shared(lines[i], body);
          if (s >= ABOUT && s > best) {
            best = s;
            chosen = i;
          }
        }
      }
    }
    StringBuilder rest = new StringBuilder();
    for (int i = chosen + 1; i < lines.length; i++) {
      if (i > chosen + 1) {
        rest.append('\n');
      }
      rest.append(lines[i]);
    }
    return new String[] {lines[chosen].strip(), rest.toString().strip()};
  }

  private static String body(String[] lines, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < lines.length && b.length() < BODY_CHARS; i++) {
      b.append(lines[i]).append('\n');
    }
    return b.toString();
  }

  private static int shared(String line, Set<String> body) {
    int n = 0;
    for (String w : words(line)) {
      if (body.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() >= SHORTEST_WORD) {
        words.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return words;
  }
}
