package org.trame.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      decoder.decode(in);
      return null;
    } catch (CharacterCodingException e) {
      int offset = firstInvalidUtf8(bytes);
      return "invalid UTF-8 at byte "
          + offset
          + " (is it Latin-1 or Windows-1252? convert it: iconv -f windows-1252 -t utf-8)";
    }
  }

  static String decodeUtf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len;
      if (c < 0x80) {
        len = 1;
      } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
      } else {
        return i;
      }
      if (i + len > b.length) {
        return i;
      }
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += len;
    }
    return b.length;
  }
}
