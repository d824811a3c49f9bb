package org.trame.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A fingerprint of what an article says, blind to case, accents, punctuation and spacing. The body
 * alone decides when it is long enough (copies often change only the headline); a short body is
 * fingerprinted with its title.
 */
public final class Fingerprint {

  private static final int MIN_BODY_CHARS = 200;

  private Fingerprint() {}

  public static String of(String title, String text) {
    String basis = basis(title, text);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** What is compared: the normalized body, or title and body when the body is short. */
  static String basis(String title, String text) {
    String body = normalize(text);
    return body.length() >= MIN_BODY_CHARS ? body : normalize(title) + " " + body;
  }

  static String normalize(String s) {
    String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return folded.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
