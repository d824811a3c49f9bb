package org.trame.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Byte-level checks shared by the readers. */
final class Texts {

  private static final int SNIFF = 8192;

  private Texts() {}

  /**
   * Why these bytes are not UTF-8 text, or null when they are.
   *
   * <p>NUL bytes early on mean a binary file; an invalid UTF-8 sequence is reported with its offset
   * rather than silently replaced, so that a mis-encoded file is noticed and converted.
   */
  static String binaryOrEncodingProblem(byte[] bytes) {
    int sniff = Math.min(bytes.length, SNIFF);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        return "binary file (NUL byte at offset " + i + "), not text";
      }
    }
    int offset = firstInvalidUtf8(bytes);
    if (offset < 0) {
      return null;
    }
    return "invalid UTF-8 at byte "
        + offset
        + " (is it Latin-1 or Windows-1252? convert it: iconv -f windows-1252 -t utf-8)";
  }

  static String decodeUtf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** A size people read: "8.0 MB", "12 kB", "100 bytes". */
  static String megabytes(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
    return bytes >= 1_000 ? bytes / 1_000 + " kB" : bytes + " bytes";
  }

  /**
   * Offset of the first byte that is not valid UTF-8 (overlong forms and encoded surrogates
   * included, as the JDK's strict decoder judges them), or -1 when all are valid.
   */
  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      result = decoder.flush(out);
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return result.isError() ? in.position() : -1;
    }
  }
}
