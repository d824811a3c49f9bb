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
    // the starts of the opening lines, and where the line after the last of them starts: only
    // the opening is cut into lines, however long the text
    int[] starts = new int[OPENING_LINES + 1];
    int opening = 0;
    int at = 0;
    while (opening < OPENING_LINES) {
      int end = text.indexOf('\n', at);
      if (end < 0 || text.substring(at, end).strip().length() >= PARAGRAPH) {
        break;
      }
      starts[opening++] = at;
      at = end + 1;
    }
    starts[opening] = at;
    int chosen = 0;
    if (opening > 1) {
      Set<String> body = words(text.substring(at, Math.min(text.length(), at + BODY_CHARS)));
      if (shared(line(text, starts, 0), body) < ABOUT) {
        int best = -1;
        for (int i = 1; i < opening; i++) {
          String line = line(text, starts, i);
          if (CREDITED.matcher(line).find()) {
            continue;
          }
          int s = shared(line, body);
          if (s >= ABOUT && s > best) {
            best = s;
            chosen = i;
          }
        }
      }
    }
    int titleEnd = text.indexOf('\n', starts[chosen]);
    if (titleEnd < 0) {
      return new String[] {text.strip(), ""};
    }
    return new String[] {
      text.substring(starts[chosen], titleEnd).strip(), text.substring(titleEnd + 1).strip()
    };
  }

  /** Opening line {@code i}, stripped. */
  private static String line(String text, int[] starts, int i) {
    return text.substring(starts[i], starts[i + 1] - 1).strip();
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
