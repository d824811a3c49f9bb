package org.trame.peers.language;

import java.io.IOException;
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

/** What lingua would add to trame's distribution, read from the classpath it runs on. */
public final class LinguaSizes {

  /**
   * One class of each jar lingua brings that trame has no other use for. Kotlin's standard library
   * is left out: Javalin brings it anyway.
   */
  private static final Map<String, String> JARS =
      Map.of(
          "lingua", "com.github.pemistahl.lingua.api.Language",
          "fastutil", "it.unimi.dsi.fastutil.Hash",
          "moshi", "com.squareup.moshi.Moshi",
          "moshi-kotlin", "com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory",
          "okio", "okio.Buffer",
          "kotlin-reflect", "kotlin.reflect.full.KClasses");

  private LinguaSizes() {}

  /** Bytes of the jars lingua needs, by name. */
  public static Map<String, Long> jars() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    JARS.forEach((name, className) -> {
      Path jar = jarOf(className);
      if (jar != null) {
        sizes.put(name, size(jar));
      }
    });
    return sizes;
  }

  /** Bytes of all the jars lingua needs. */
  public static long jarBytes() {
    return jars().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Uncompressed bytes of lingua's models for these languages (what it may load in memory). */
  public static long models(Set<String> codes) {
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

  private static Path jarOf(String className) {
    try {
      Class<?> c = Class.forName(className, false, LinguaSizes.class.getClassLoader());
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
