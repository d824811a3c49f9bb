package org.trame.analysis.time;

import java.util.regex.Pattern;

/**
 * Case-insensitive matching done once: the text is lower-cased character by character (so every
 * offset stays where it was), and a {@code (?iu)} pattern is compiled case-sensitively from its
 * source with the literal letters lower-cased. Unicode case-insensitive matching folds every
 * character it compares (upper- then lower-case), which was a fifth of the tagger's time.
 *
 * <p>Both give the same matches when, for every character of the text and every literal of the
 * pattern, lower-casing gives what folding gives; {@link #lowerCase} refuses texts where it does
 * not ("ſ", long s, folds to "s" but lower-cases to itself), and {@link #caseSensitive} patterns
 * where it does not or where the source holds what it cannot rewrite safely.
 */
final class FoldedText {

  private static final String CASE_INSENSITIVE = "(?iu)";

  private FoldedText() {}

  /**
   * The text lower-cased character by character, or null when some character lower-cases to
   * something else than what case-insensitive matching folds it to.
   */
  static String lowerCase(String text) {
    char[] lower = new char[text.length()];
    for (int i = 0; i < lower.length; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else {
        char l = Character.toLowerCase(c);
        if (l != Character.toLowerCase(Character.toUpperCase(c))) {
          return null;
        }
        lower[i] = l;
      }
    }
    return new String(lower);
  }

  /**
   * A case-sensitive pattern that matches in a {@linkplain #lowerCase lower-cased} text what {@code
   * regex}, which opens with {@code (?iu)}, matches in the text; null when the regex does not open
   * with it, or holds other inline flags, a character range between letters, or a literal that
   * lower-cases otherwise than it folds.
   */
  static Pattern caseSensitive(String regex) {
    if (!regex.startsWith(CASE_INSENSITIVE)) {
      return null;
    }
    StringBuilder b = new StringBuilder(regex.length());
    boolean inClass = false;
    for (int i = CASE_INSENSITIVE.length(); i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        // an escape stays as it is: \S is not \s, \p{L} not \p{l}
        int end = i + 2;
        char e = regex.charAt(i + 1);
        if ((e == 'p' || e == 'P') && end < regex.length() && regex.charAt(end) == '{') {
          end = regex.indexOf('}', end) + 1;
        } else if (!(e == 's' || e == 'd' || e == 'S' || e == 'D' || !Character.isLetter(e))) {
          return null; // quoting, back references, code points: nothing here needs them
        }
        b.append(regex, i, end);
        i = end - 1;
      } else if (c == '('
          && regex.startsWith("(?<", i)
          && Character.isLetter(regex.charAt(i + 3))) {
        int end = regex.indexOf('>', i) + 1; // a group's name stays as it is
        b.append(regex, i, end);
        i = end - 1;
      } else if (c == '(' && regex.startsWith("(?", i) && !isGroupKind(regex.charAt(i + 2))) {
        return null; // inline flags: "(?-i:daily)" means to tell case
      } else if (c == '[') {
        inClass = true;
        b.append(c);
      } else if (c == ']') {
        inClass = false;
        b.append(c);
      } else if (inClass
          && c == '-'
          && (Character.isLetter(regex.charAt(i - 1)) || Character.isLetter(regex.charAt(i + 1)))) {
        return null;
      } else {
        char l = Character.toLowerCase(c);
        if (l != Character.toLowerCase(Character.toUpperCase(c))) {
          return null;
        }
        b.append(l);
      }
    }
    return Pattern.compile(b.toString());
  }

  private static boolean isGroupKind(char c) {
    return c == ':' || c == '=' || c == '!' || c == '<';
  }
}
