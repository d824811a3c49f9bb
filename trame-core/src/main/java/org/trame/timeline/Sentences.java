package org.trame.timeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The sentence around a date in an article's text, trimmed to what a timeline line can hold. */
final class Sentences {

  /** The longest text an entry shows; a longer sentence is cut around its date. */
  static final int LONGEST = 280;

  /** Words that only link a date to its sentence ("tournée en Norvège en septembre 2020"). */
  private static final Set<String> LINKS =
      Set.of(
          "en", "le", "au", "dès", "des", "depuis", "in", "on", "since", "by", "el", "del", "desde",
          "il", "nel", "dal", "a", "à", "al", "lo", "la", "de", "di");

  private Sentences() {}

  /** Start and end of the sentence holding {@code [start, end)} in {@code text}. */
  static int[] around(String text, int start, int end) {
    int from = start;
    while (from > 0 && !boundaryBefore(text, from)) {
      from--;
    }
    int to = end;
    while (to < text.length() && !boundaryAfter(text, to)) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++; // keep the sentence's own full stop
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  /**
   * Whether a sentence begins at {@code i}: after a line break, or after an end mark and a space.
   */
  private static boolean boundaryBefore(String text, int i) {
    char before = text.charAt(i - 1);
    if (before == '\n') {
      return true;
    }
    return Character.isWhitespace(before) && i >= 2 && ".!?…".indexOf(text.charAt(i - 2)) >= 0;
  }

  /**
   * Whether a sentence ends at {@code i}: a line break, or an end mark before a space or the end.
   */
  private static boolean boundaryAfter(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return ".!?…".indexOf(c) >= 0
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /**
   * The statement for an entry: the sentence around the date phrase {@code [start, end)}, without
   * the date phrase where the sentence reads as well without it (opening the sentence before a
   * comma, or closing it after a linking word), cut around the date when too long.
   */
  static String statement(String text, int start, int end) {
    int[] s = around(text, start, end);
    String sentence = text.substring(s[0], s[1]);
    int ms = start - s[0];
    int me = end - s[0];
    String cleaned = withoutDate(sentence, ms, me);
    if (cleaned != null) {
      return shorten(cleaned, 0, 0);
    }
    return shorten(sentence, ms, me);
  }

  /** The sentence without its date phrase, or null when it would not read well without it. */
  static String withoutDate(String sentence, int ms, int me) {
    String before = sentence.substring(0, ms).strip();
    String after = sentence.substring(me);
    // "En septembre 2020, Tom Cruise a sauté…"
    if (after.startsWith(",") && (before.isEmpty() || isLink(before))) {
      String rest = after.substring(1).strip();
      if (rest.length() < 20) {
        return null;
      }
      return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    // "…tournée en Norvège en septembre 2020."
    String tail = after.strip();
    if (tail.length() <= 1 && (tail.isEmpty() || ".!?".contains(tail))) {
      int space = before.lastIndexOf(' ');
      String last = before.substring(space + 1);
      if (space > 0 && isLink(last)) {
        // "…glisse d'environ un an, à juin 2024." loses ", à juin 2024", comma included
        String kept = before.substring(0, space).strip().replaceAll("[,;:]+$", "").strip();
        if (kept.length() < 20 || DANGLING.matcher(kept).find()) {
          return null;
        }
        return kept + (tail.isEmpty() ? "" : tail);
      }
    }
    return null;
  }

  /**
   * Whether the date phrase {@code [start, end)} opens the sentence that begins at {@code
   * sentence}: nothing or a linking word before it, a comma after it, maybe past one word ("En
   * juillet 2020, la NASA a…", "En juillet 2020 encore, la NASA…").
   */
  static boolean opens(String text, int sentence, int start, int end) {
    String before = text.substring(sentence, start).strip();
    return (before.isEmpty() || isLink(before))
        && OPENING_COMMA.matcher(text).region(end, text.length()).lookingAt();
  }

  /** A word that needs the date after it: "d'ici à lundi" cannot lose "à lundi". */
  private static final Pattern DANGLING =
      Pattern.compile(
          "(?iu)(?:d['’]ici|jusqu['’]|avant|après|dès|pour|vers|until|by|before|after)$");

  private static final Pattern OPENING_COMMA = Pattern.compile("\\s*(?:\\p{L}+\\s*)?,");

  private static boolean isLink(String word) {
    return LINKS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** At most {@link #LONGEST} characters, cut at a space. */
  static String cut(String text) {
    return shorten(text, 0, 0);
  }

  /** At most {@link #LONGEST} characters, cut at spaces around {@code [ms, me)}. */
  private static String shorten(String sentence, int ms, int me) {
    if (sentence.length() <= LONGEST) {
      return sentence;
    }
    int room = Math.max(0, LONGEST - (me - ms));
    int from = Math.max(0, ms - room / 2);
    int to = Math.min(sentence.length(), from + LONGEST);
    from = Math.max(0, to - LONGEST);
    if (from > 0) {
      int space = sentence.indexOf(' ', from);
      from = space < 0 || space > ms ? from : space + 1;
    }
    if (to < sentence.length()) {
      int space = sentence.lastIndexOf(' ', to);
      to = space <= me ? to : space;
    }
    return (from > 0 ? "…" : "")
        + sentence.substring(from, to).strip()
        + (to < sentence.length() ? "…" : "");
  }
}
