package org.trame.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Finds the files under the paths a user gives (folders are walked recursively, in name order,
 * hidden files skipped), picks a reader for each by name and content, and streams their articles
 * into a sink. Problems are rejected through the sink, naming the file; nothing stops the batch.
 */
public final class Inputs {

  /** Largest plain-text file taken as one article. */
  public static final long MAX_ARTICLE_BYTES = 8_000_000;

  /** Largest JSON Lines line taken as one article. */
  public static final int MAX_LINE_CHARS = 8_000_000;

  /** Receives the progress of reading, in bytes of the files as stored. */
  public interface Progress {
    void advanced(long bytesDone, long bytesTotal);
  }

  private final ArticleReader text = new TextArticleReader(MAX_ARTICLE_BYTES);
  private final ArticleReader jsonLines = new JsonLinesReader(MAX_LINE_CHARS);

  /** The files under {@code paths}; missing paths are rejected through {@code sink}. */
  public List<InputFile> list(List<Path> paths, ArticleSink sink) {
    List<InputFile> files = new ArrayList<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        sink.reject(given.toString(), "no such file or directory");
      } else if (Files.isDirectory(path)) {
        walk(given, path, files, sink);
      } else if (!Files.isReadable(path)) {
        sink.reject(given.toString(), "not readable (permission denied)");
      } else {
        files.add(inputFile(given, path.getFileName().toString(), sourceOf(path)));
      }
    }
    return files;
  }

  private static void walk(Path given, Path root, List<InputFile> files, ArticleSink sink) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .forEach(p -> {
            String id = root.relativize(p).toString().replace('\\', '/');
            files.add(inputFile(given.resolve(root.relativize(p)), id, sourceOf(p)));
          });
    } catch (IOException | UncheckedIOException e) {
      sink.reject(given.toString(), "cannot list the folder: " + e.getMessage());
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static InputFile inputFile(Path shown, String id, String source) {
    long size;
    try {
      size = Files.size(shown);
    } catch (IOException e) {
      size = 0;
    }
    return new InputFile(shown, id, source, size);
  }

  private static String sourceOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }

  /** Reads every file in turn into {@code sink}. */
  public void read(List<InputFile> files, ArticleSink sink, Progress progress) {
    long total = files.stream().mapToLong(InputFile::size).sum();
    long done = 0;
    for (InputFile file : files) {
      long before = done;
      try (CountingInputStream counted =
          new CountingInputStream(
              Files.newInputStream(file.path()), n -> progress.advanced(before + n, total))) {
        read(file, counted, sink);
      } catch (ZipException e) {
        sink.reject(file.origin(), "broken gzip data: " + e.getMessage());
      } catch (java.io.EOFException e) {
        sink.reject(
            file.origin(),
            (isGzip(file) ? "broken gzip data: the file is cut short (" : "cut short (")
                + e.getMessage()
                + ")");
      } catch (IOException | UncheckedIOException e) {
        sink.reject(file.origin(), "cannot read: " + e.getMessage());
      }
      done = before + file.size();
      progress.advanced(done, total);
    }
  }

  private void read(InputFile file, InputStream raw, ArticleSink sink) throws IOException {
    String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    if (file.size() == 0) {
      sink.reject(file.origin(), "empty file: no article text");
      return;
    }
    if (name.endsWith(".gz") || startsWithGzipMagic(in)) {
      in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
    ArticleReader reader = isJsonLines(name, in) ? jsonLines : text;
    reader.read(file, in, sink);
  }

  private static boolean isGzip(InputFile file) {
    if (file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file.path())) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsWithGzipMagic(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** By extension, else by content: a first non-blank character '{' means JSON Lines. */
  private static boolean isJsonLines(String name, InputStream in) throws IOException {
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".txt")) {
      return false;
    }
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = in.read();
        if (c == -1) {
          return false;
        }
        if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
          continue;
        }
        return c == '{';
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /** Counts the bytes read from the file as stored (before decompression), for progress. */
  private static final class CountingInputStream extends FilterInputStream {
    private final LongConsumer listener;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, LongConsumer listener) {
      super(in);
      this.listener = listener;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(long n) {
      count += n;
      if (count - reported >= (1 << 20)) {
        reported = count;
        listener.accept(count);
      }
    }
  }
}
