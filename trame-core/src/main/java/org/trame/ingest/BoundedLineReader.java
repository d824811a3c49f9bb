package org.trame.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines without ever holding more than {@code maxChars} of one: a line longer than that is
 * skipped to its end and reported as too long, so one gigantic line cannot exhaust memory.
 */
final class BoundedLineReader {

  /** A line, or the fact that line {@code number} was too long (then {@code text} is null). */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader reader;
  private final int maxChars;
  private final StringBuilder buffer = new StringBuilder();
  private long number;

  BoundedLineReader(InputStream in, int maxChars) {
    // malformed bytes become U+FFFD here; the JSON parser then rejects the line or keeps the text
    this.reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    buffer.setLength(0);
    boolean overflow = false;
    int c;
    boolean any = false;
    while ((c = reader.read()) != -1) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (overflow) {
        continue;
      }
      // one more than the limit, for the '\r' of a CRLF line end
      if (buffer.length() > maxChars) {
        overflow = true;
        buffer.setLength(0);
        continue;
      }
      buffer.append((char) c);
    }
    if (!any) {
      return null;
    }
    number++;
    if (overflow) {
      return new Line(number, null);
    }
    int len = buffer.length();
    if (len > 0 && buffer.charAt(len - 1) == '\r') {
      buffer.setLength(len - 1);
    }
    if (buffer.length() > maxChars) {
      return new Line(number, null);
    }
    return new Line(number, buffer.toString());
  }
}
