package org.trame.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.trame.extract.DensityExtractor;
import org.trame.extract.Extractor;

/**
 * Finds the files under the paths a user gives (folders are walked recursively, in name order,
 * hidden files skipped), or fetches the URLs, picks a reader for each by content (after transparent
 * gzip; the name is a hint where content does not say, see {@link Format}), and streams their
 * articles into a sink: text files, JSON Lines, web pages, WARC crawls, RSS and Atom feeds.
 * Problems are rejected through the sink, naming the file; nothing stops the batch.
 */
public final class Inputs {

  /** Largest plain-text file or web page taken as one article. */
  public static final long MAX_ARTICLE_BYTES = 8_000_000;

  /** Largest JSON Lines line or feed item taken as one article. */
  public static final int MAX_LINE_CHARS = 8_000_000;

  /**
   * A gzipped file is refused once it has given more than this many bytes and more than {@link
   * #MAX_GZIP_RATIO} times its own size: real news text compresses 3 to 10 times, a decompression
   * bomb a thousand times.
   */
  static final long GZIP_BOMB_FLOOR = 64L << 20;

  static final int MAX_GZIP_RATIO = 100;

  /** Receives the progress of reading, in bytes of the files as stored. */
  public interface Progress {
    void advanced(long bytesDone, long bytesTotal);
  }

  private final ArticleReader text = new TextArticleReader(MAX_ARTICLE_BYTES);
  private final ArticleReader jsonLines = new JsonLinesReader(MAX_LINE_CHARS);
  private final HtmlArticleReader html;
  private final WarcArticleReader warc;
  private final ArticleReader feed = new FeedArticleReader(MAX_LINE_CHARS);

  /** With the standard main-text extractor for web pages. */
  public Inputs() {
    this(new DensityExtractor());
  }

  /** With {@code extractor} finding the article in web pages, in files and in WARC crawls. */
  public Inputs(Extractor extractor) {
    this.html = new HtmlArticleReader(extractor, MAX_ARTICLE_BYTES);
    this.warc = new WarcArticleReader(html);
  }

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
      String name = file.path().getFileName().toString();
      read(file, name, sink, n -> progress.advanced(before + n, total));
      done = before + file.size();
      progress.advanced(done, total);
    }
  }

  /**
   * Fetches a URL (a feed, most often) and reads what it serves, by content as for files; the URL
   * names it in messages and is the id of a single page, and its host is the source.
   */
  public void fetch(String url, FetchPolicy policy, ArticleSink sink) {
    FetchOutcome outcome = fetchIfChanged(url, policy, null, null, sink);
    if (outcome.kind() == FetchOutcome.Kind.FAILED) {
      sink.reject(url, outcome.problem());
    }
  }

  /**
   * As {@link #fetch}, conditionally: with the validators of an earlier fetch ({@code
   * If-None-Match}, {@code If-Modified-Since}), a server that has nothing new answers 304 and
   * nothing is read. A failure is returned, not rejected through the sink, so that a caller that
   * polls can back off as the server asks ({@code Retry-After}).
   *
   * @param etag the earlier response's {@code ETag}, or null
   * @param lastModified the earlier response's {@code Last-Modified}, or null
   */
  public FetchOutcome fetchIfChanged(
      String url, FetchPolicy policy, String etag, String lastModified, ArticleSink sink) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return FetchOutcome.failed("not a valid URL: " + e.getMessage());
    }
    UrlFetcher.Fetched fetched;
    try {
      fetched = new UrlFetcher(policy).fetch(uri, etag, lastModified);
    } catch (UrlFetcher.FetchException e) {
      return new FetchOutcome(
          FetchOutcome.Kind.FAILED, null, null, e.status, e.retryAfter, e.getMessage());
    } catch (IOException e) {
      return FetchOutcome.failed("cannot fetch: " + e);
    }
    if (fetched.notModified()) {
      return new FetchOutcome(FetchOutcome.Kind.NOT_MODIFIED, etag, lastModified, 304, null, null);
    }
    try {
      InputFile file =
          new InputFile(
              fetched.file(), url, WarcArticleReader.hostOf(url, ""), fetched.size(), url);
      read(file, nameHint(uri, fetched.contentType()), sink, n -> {});
    } finally {
      try {
        Files.deleteIfExists(fetched.file());
      } catch (IOException e) {
        // a temporary file left behind is not the user's problem
      }
    }
    return new FetchOutcome(
        FetchOutcome.Kind.READ, fetched.etag(), fetched.lastModified(), 200, null, null);
  }

  /** What a fetched body is called for detection: its type's extension, else a feed's. */
  private static String nameHint(URI uri, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return "page.html";
    }
    if (type.contains("warc")) {
      return "crawl.warc";
    }
    String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    if (path.endsWith(".warc") || path.endsWith(".warc.gz")) {
      return "crawl.warc";
    }
    // a URL given to ingest is a feed unless its content says otherwise
    return "feed.xml";
  }

  private void read(InputFile file, String fileName, ArticleSink sink, LongConsumer progress) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean gzipName = name.endsWith(".gz");
    String inner = gzipName ? name.substring(0, name.length() - 3) : name;
    try {
      if (file.size() == 0) {
        sink.reject(file.origin(), "empty file: no article text");
        return;
      }
      boolean gzip = gzipName || startsWithGzipMagic(file.path());
      byte[] head = head(file.path(), gzip);
      if (head.length == 0) {
        sink.reject(file.origin(), "empty file: no article text once decompressed");
        return;
      }
      Format format = Format.detect(head, head.length, inner);
      if (format == Format.WARC) {
        // jwarc reads gzip members itself, so that offsets are those of the file as stored (it
        // resumes after a corrupt record from them), out of reach of the bomb guard below: one
        // pass through the guard first refuses a bomb before any record is read. Inflating costs
        // little beside the work of the pipeline on each page.
        if (gzip) {
          refuseDecompressionBomb(file);
        }
        try (FileChannel channel = FileChannel.open(file.path())) {
          warc.read(file, channel, sink);
        }
        return;
      }
      try (CountingInputStream counted =
          new CountingInputStream(Files.newInputStream(file.path()), progress)) {
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        if (gzip) {
          InputStream inflated =
              new BombGuard(new GZIPInputStream(in, 1 << 16), file.size(), GZIP_BOMB_FLOOR);
          in = new BufferedInputStream(new NoReadAhead(inflated), 1 << 16);
        }
        reader(format).read(file, in, sink);
      }
    } catch (DecompressionBomb e) {
      sink.reject(file.origin(), e.getMessage());
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
  }

  private static void refuseDecompressionBomb(InputFile file) throws IOException {
    try (InputStream in =
        new BombGuard(
            new GZIPInputStream(
                new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16), 1 << 16),
            file.size(),
            GZIP_BOMB_FLOOR)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (ZipException | java.io.EOFException e) {
      // broken or cut short: jwarc reads the records it can and names the corrupt ones
    }
  }

  private ArticleReader reader(Format format) {
    return switch (format) {
      case WARC -> warc;
      case FEED -> feed;
      case HTML -> html;
      case JSON_LINES -> jsonLines;
      case TEXT -> text;
    };
  }

  /** The first bytes of the content, decompressed; fewer when the file is cut short. */
  private static byte[] head(Path path, boolean gzip) throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = gzip ? new GZIPInputStream(raw, 1024) : raw) {
      byte[] buffer = new byte[Format.SNIFF_BYTES];
      int n = 0;
      try {
        int r;
        while (n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0) {
          n += r;
        }
      } catch (IOException e) {
        if (n == 0) {
          throw e;
        }
        // a cut or a corrupt part further on: the reader meets it too, after what comes before
      }
      return Arrays.copyOf(buffer, n);
    }
  }

  private static boolean isGzip(InputFile file) {
    return file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        || startsWithGzipMagic(file.path());
  }

  private static boolean startsWithGzipMagic(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      return false;
    }
  }

  /** Raised when a gzipped file decompresses to far more than real text would. */
  static final class DecompressionBomb extends IOException {
    DecompressionBomb(String message) {
      super(message);
    }
  }

  /**
   * Counts the bytes a gzip stream gives and stops it once they pass {@code floor} and {@link
   * #MAX_GZIP_RATIO} times the compressed size, so that a small file cannot make the readers work
   * through gigabytes of nothing (memory stays bounded anyway: readers hold one article at a time).
   */
  static final class BombGuard extends FilterInputStream {
    private final long compressed;
    private final long floor;
    private long inflated;

    BombGuard(InputStream in, long compressed, long floor) {
      super(in);
      this.compressed = Math.max(1, compressed);
      this.floor = floor;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws DecompressionBomb {
      inflated += n;
      if (inflated > floor && inflated / compressed > MAX_GZIP_RATIO) {
        throw new DecompressionBomb(
            "refused: the gzip data decompresses to more than "
                + MAX_GZIP_RATIO
                + " times its size ("
                + Texts.megabytes(inflated)
                + " out of "
                + Texts.megabytes(compressed)
                + " so far), which no real text does; a decompression bomb?");
      }
    }
  }

  /**
   * Says nothing is available, so that a {@link BufferedInputStream} above returns what one read
   * gave instead of reading on: otherwise the data decompressed before a cut in a gzip file is
   * thrown away with the exception that the cut raises in the same call.
   */
  private static final class NoReadAhead extends FilterInputStream {
    NoReadAhead(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
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
