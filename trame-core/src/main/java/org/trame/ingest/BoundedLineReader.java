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

  /** Characters decoded at a time: a gigantic line is skipped a chunk at a time, not a char. */
  private static final int CHUNK = 8192;

  private final Reader reader;
  private final int maxChars;
  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[CHUNK];
  private int position;
  private int limit;
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
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = reader.read(chunk, 0, CHUNK);
        if (n < 0) {
          break;
        }
        position = 0;
        limit = n;
      }
      any = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      if (!overflow) {
        // one more than the limit, for the '\r' of a CRLF line end
        if (buffer.length() + (end - position) > maxChars + 1) {
          overflow = true;
          buffer.setLength(0);
        } else {
          buffer.append(chunk, position, end - position);
        }
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
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
