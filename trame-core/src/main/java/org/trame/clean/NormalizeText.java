package org.trame.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Byte-order mark, line ends (CRLF, CR), Unicode NFC, control and zero-width characters, spaces
 * inside lines (non-breaking ones included), and runs of blank lines: the text reads the same, and
 * the same words compare equal whatever editor or site produced them.
 */
public final class NormalizeText implements TextCleaner {

  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u202F\\u2007\\u3000]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  @Override
  public String clean(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = CONTROL.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
    }
    return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
  }
}
