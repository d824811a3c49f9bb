package org.trame.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page the way browsers settle its encoding: a byte-order mark, else the HTTP {@code
 * Content-Type} charset when the page came with one, else a {@code <meta charset>} or {@code
 * http-equiv} declaration in its first kilobytes; a page that declares nothing is UTF-8 when its
 * bytes are valid UTF-8, else Windows-1252.
 */
final class HtmlCharset {

  /** Where browsers look for a meta declaration (the HTML standard says 1024; pages overshoot). */
  private static final int META_SCAN_BYTES = 4096;

  private static final Pattern META =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /**
   * @param httpCharset the charset of the HTTP {@code Content-Type}, or null
   */
  static String decode(byte[] bytes, String httpCharset) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = charset(httpCharset);
    if (declared == null) {
      declared = charset(metaCharset(bytes));
    }
    if (declared == null) {
      return Texts.decodeUtf8OrWindows1252(bytes);
    }
    if (declared.name().equals("windows-1252")) {
      return Texts.decodeWindows1252(bytes, 0, bytes.length);
    }
    return new String(bytes, declared);
  }

  /** The charset named by a meta element in the first kilobytes, or null. */
  static String metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The charset a label stands for, as browsers map labels (Latin-1 and ASCII mean Windows-1252, a
   * UTF-16 label in ASCII-compatible bytes means UTF-8), or null when unknown.
   */
  static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252" -> {
        return Charset.forName("windows-1252");
      }
      case "utf-16", "utf-16le", "utf-16be", "utf16" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
