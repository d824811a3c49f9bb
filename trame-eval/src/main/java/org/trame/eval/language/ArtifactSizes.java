package org.trame.eval.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.trame.clean.ProfileLanguageDetector;

/** What a detector adds to trame's distribution, read from the classpath it runs on. */
public final class ArtifactSizes {

  /**
   * One class of each jar lingua brings that trame has no other use for. Kotlin's standard library
   * is left out: Javalin brings it anyway.
   */
  private static final Map<String, String> LINGUA_JARS =
      Map.of(
          "lingua", "com.github.pemistahl.lingua.api.Language",
          "fastutil", "it.unimi.dsi.fastutil.Hash",
          "moshi", "com.squareup.moshi.Moshi",
          "moshi-kotlin", "com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory",
          "okio", "okio.Buffer",
          "kotlin-reflect", "kotlin.reflect.full.KClasses");

  private static final String[] TRAME_DETECTOR = {
    "ProfileLanguageDetector", "CommonWords", "ScriptLanguages", "ScriptLanguages$Counts"
  };

  private ArtifactSizes() {}

  /** Bytes of the jars lingua needs, by name. */
  public static Map<String, Long> linguaJars() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    LINGUA_JARS.forEach((name, className) -> {
      Path jar = jarOf(className);
      if (jar != null) {
        sizes.put(name, size(jar));
      }
    });
    return sizes;
  }

  /** Uncompressed bytes of lingua's models for these languages (what it may load in memory). */
  public static long linguaModels(Set<String> codes) {
    Path jar = jarOf("com.github.pemistahl.lingua.api.Language");
    if (jar == null) {
      return 0;
    }
    long bytes = 0;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        String[] parts = e.getName().split("/");
        if (parts.length == 3
            && parts[0].equals("language-models")
            && codes.contains(parts[1].toLowerCase(Locale.ROOT))) {
          bytes += Math.max(0, e.getSize());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar + ": " + e.getMessage(), e);
    }
    return bytes;
  }

  /** Bytes of trame's detector: its profile and its classes, uncompressed. */
  public static long trameDetector() {
    long bytes = resource(ProfileLanguageDetector.PROFILE);
    for (String c : TRAME_DETECTOR) {
      bytes += resource(c + ".class");
    }
    return bytes;
  }

  private static long resource(String name) {
    try (InputStream in = ProfileLanguageDetector.class.getResourceAsStream(name)) {
      return in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path jarOf(String className) {
    try {
      Class<?> c = Class.forName(className, false, ArtifactSizes.class.getClassLoader());
      var source = c.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (ClassNotFoundException | URISyntaxException | SecurityException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
