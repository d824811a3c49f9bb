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
  static String binaryProblem(byte[] bytes) {
    int sniff = Math.min(bytes.length, SNIFF);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        return "binary file (NUL byte at offset " + i + "), not text";
      }
    }
    return null;
  }

  /**
   * The text of bytes in an unknown encoding: UTF-8 when they are valid UTF-8 (a legacy 8-bit text
   * almost never is), else Windows-1252, the superset of Latin-1 that Western legacy files and
   * pages use.
   */
  static String decodeUtf8OrWindows1252(byte[] bytes) {
    return isValidUtf8(bytes) ? decodeUtf8(bytes) : decodeWindows1252(bytes, 0, bytes.length);
  }

  static boolean isValidUtf8(byte[] bytes) {
    return firstInvalidUtf8(bytes) < 0;
  }

  static String decodeUtf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Windows-1252 without loss: the five bytes it leaves undefined become the C1 controls of the
   * same value, as browsers decode them, instead of U+FFFD.
   */
  static String decodeWindows1252(byte[] bytes, int offset, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = WINDOWS_1252[bytes[offset + i] & 0xFF];
    }
    return new String(out);
  }

  private static final char[] WINDOWS_1252 = windows1252Table();

  private static char[] windows1252Table() {
    char[] table = new char[256];
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    for (int b = 0; b < 256; b++) {
      String decoded = new String(new byte[] {(byte) b}, cp1252);
      char c = decoded.length() == 1 ? decoded.charAt(0) : '\uFFFD';
      table[b] = c == '\uFFFD' ? (char) b : c;
    }
    return table;
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
