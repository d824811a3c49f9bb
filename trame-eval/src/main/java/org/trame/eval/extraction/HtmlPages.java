package org.trame.eval.extraction;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Streams HTML pages out of a {@code .tar.gz} (or {@code .tar}) archive or a folder of {@code
 * .html}, {@code .htm} and {@code .html.gz} files, one at a time, decoded in the charset each page
 * declares. An archive is never unpacked to disk, and only one page is in memory at a time.
 */
public final class HtmlPages {

  /** A page larger than this is skipped (and counted), not read into memory. */
  public static final long MAX_PAGE_BYTES = 64L << 20;

  /** A declared charset near the top of a page (meta charset or http-equiv content type). */
  private static final Pattern CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

  private static final List<String> SUFFIXES = List.of(".html.gz", ".htm.gz", ".html", ".htm");

  private HtmlPages() {}

  /**
   * One page.
   *
   * @param id its file name without the folder and the {@code .html(.gz)} suffix
   * @param html its text
   */
  public record Page(String id, String html) {}

  /** What is done with each page; may stop the stream by returning false. */
  @FunctionalInterface
  public interface Visitor {
    boolean page(Page page) throws IOException;
  }

  /**
   * Calls VISITOR on each page of INPUT, in archive order (sorted by name for a folder), at most
   * LIMIT of them.
   *
   * @return how many pages were skipped because they were larger than {@link #MAX_PAGE_BYTES}
   * @throws IOException naming INPUT when it cannot be read
   */
  public static int forEach(Path input, int limit, Visitor visitor) throws IOException {
    if (Files.isDirectory(input)) {
      return fromFolder(input, limit, visitor);
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz") || name.endsWith(".tar")) {
      return fromArchive(input, limit, visitor);
    }
    throw new IOException(input + " is neither a folder nor a .tar.gz / .tar archive of pages");
  }

  private static int fromArchive(Path input, int limit, Visitor visitor) throws IOException {
    int skipped = 0;
    int seen = 0;
    boolean gzipped = !input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tar");
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
        InputStream unzipped = gzipped ? new GzipCompressorInputStream(raw) : raw;
        TarArchiveInputStream tar = new TarArchiveInputStream(unzipped)) {
      TarArchiveEntry entry;
      while (seen < limit && (entry = tar.getNextEntry()) != null) {
        String id = pageId(entry.getName());
        if (!entry.isFile() || id == null) {
          continue;
        }
        if (entry.getSize() > MAX_PAGE_BYTES) {
          skipped++;
          continue;
        }
        byte[] bytes = tar.readAllBytes();
        if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
          bytes = gunzip(bytes, input + ":" + entry.getName());
        }
        seen++;
        if (!visitor.page(new Page(id, decode(bytes)))) {
          break;
        }
      }
    } catch (IOException e) {
      throw new IOException("cannot read " + input + ": " + e.getMessage(), e);
    }
    return skipped;
  }

  private static int fromFolder(Path dir, int limit, Visitor visitor) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> pageId(p.getFileName().toString()) != null)
              .sorted()
              .toList();
    }
    int skipped = 0;
    int seen = 0;
    for (Path file : files) {
      if (seen >= limit) {
        break;
      }
      if (Files.size(file) > MAX_PAGE_BYTES) {
        skipped++;
        continue;
      }
      seen++;
      if (!visitor.page(new Page(pageId(file.getFileName().toString()), read(file)))) {
        break;
      }
    }
    return skipped;
  }

  /** Reads a page, gzipped or not, in the charset it declares. */
  public static String read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      bytes = gunzip(bytes, file.toString());
    }
    return decode(bytes);
  }

  /** The file name without folders and without the page suffix; null when it is not a page. */
  static String pageId(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return null;
  }

  private static byte[] gunzip(byte[] bytes, String where) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IOException("cannot read " + where + ": " + e.getMessage(), e);
    }
  }

  /** Decodes a page in the charset it declares near its top, UTF-8 when it declares none known. */
  public static String decode(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    Charset cs = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        cs = Charset.forName(m.group(1));
      } catch (IllegalArgumentException unknown) {
        // keep UTF-8
      }
    }
    return new String(bytes, cs);
  }
}
