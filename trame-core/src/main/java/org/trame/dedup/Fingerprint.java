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

  static final int MIN_BODY_CHARS = 200;

  private Fingerprint() {}

  public static String of(String title, String text) {
    String body = normalize(text);
    String basis = body.length() >= MIN_BODY_CHARS ? body : normalize(title) + " " + body;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String normalize(String s) {
    String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return folded.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
