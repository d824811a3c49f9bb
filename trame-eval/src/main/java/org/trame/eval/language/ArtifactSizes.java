package org.trame.eval.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trame.clean.ProfileLanguageDetector;

/**
 * What trame's detector adds to the distribution, read from the classpath it runs on. (What lingua,
 * its peer, would add is measured in trame-peers.)
 */
public final class ArtifactSizes {

  private static final String[] TRAME_DETECTOR = {
    "ProfileLanguageDetector", "CommonWords", "ScriptLanguages", "ScriptLanguages$Counts"
  };

  private ArtifactSizes() {}

  /** Bytes of trame's detector: its profile and its classes, uncompressed. */
  public static long trameDetector() {
    long bytes = resource(ProfileLanguageDetector.PROFILE);
    for (String c : TRAME_DETECTOR) {
      bytes += resource(c + ".class");
    }
    return bytes;
  }

  /** Bytes of the profile trame's detector reads: {@code profile}, or the shipped one when null. */
  public static long profile(Path profile) throws IOException {
    return profile != null ? Files.size(profile) : resource(ProfileLanguageDetector.PROFILE);
  }

  private static long resource(String name) {
    try (InputStream in = ProfileLanguageDetector.class.getResourceAsStream(name)) {
      return in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
