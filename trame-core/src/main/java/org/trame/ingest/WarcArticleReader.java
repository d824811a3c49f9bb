package org.trame.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the web pages of a WARC crawl ({@code .warc}, {@code .warc.gz}), one article a page: {@code
 * response} records of HTTP 200 with an HTML payload, and {@code resource} records of HTML. Every
 * other record (requests, metadata, images, redirects, revisits) is skipped. A page's id is the URL
 * it was captured from, and its source that URL's host.
 *
 * <p>Records stream one at a time, so memory does not grow with the crawl. A corrupt record is
 * rejected with its number and byte offset (in the file as stored, as CDX indexes count them), and
 * reading resumes at the next record start found after it when the file can be searched; pages read
 * before it are kept. A crawl cut short keeps the pages before the cut.
 */
public final class WarcArticleReader implements ArticleReader {

  private static final System.Logger LOG = System.getLogger(WarcArticleReader.class.getName());

  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private final HtmlArticleReader pages;

  /**
   * @param pages turns each page into an article; its size limit applies to each page
   */
  public WarcArticleReader(HtmlArticleReader pages) {
    this.pages = pages;
  }

  /** Reads a stream: a corrupt record ends the reading, as a stream cannot be searched. */
  @Override
  public void read(InputFile input, InputStream in, ArticleSink sink) throws IOException {
    read(input, Channels.newChannel(in), null, sink);
  }

  /** Reads a file: after a corrupt record, reading resumes at the next record start. */
  public void read(InputFile input, FileChannel file, ArticleSink sink) throws IOException {
    read(input, file, file, sink);
  }

  private void read(
      InputFile input, ReadableByteChannel channel, FileChannel seekable, ArticleSink sink)
      throws IOException {
    Tally tally = new Tally();
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException | IllegalArgumentException e) {
      sink.reject(input.origin(), "not a readable WARC file: " + e.getMessage());
      return;
    }
    reader.setLenient(true);
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    long number = 0;
    long lastOffset = -1;
    // a page cut short or with broken gzip may be a bad HTTP body or a bad WARC: the next record
    // tells, and only one message is given
    IOException pending = null;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (ZipException | ParsingException | EOFException | RuntimeException e) {
        // jwarc lets some bad headers out as runtime exceptions (a Content-Length that is no
        // number): a corrupt record all the same
        // the failure is in the record that starts at the reader's position: the one last read
        // when the reader could not get past its end, else the next one
        number = reader.position() == lastOffset ? number : number + 1;
        tally.broken++;
        long offset = reader.position();
        String where = input.origin() + ": record " + number + " (byte offset " + offset + ")";
        if (e instanceof EOFException) {
          sink.reject(
              where,
              (gzip ? "broken gzip data: " : "")
                  + "the file is cut short inside this record ("
                  + message(e)
                  + "); the "
                  + (number - 1)
                  + " records before it were read");
          break;
        }
        pending = null;
        long resume = seekable == null ? -1 : nextRecordStart(seekable, offset + 1, gzip);
        sink.reject(
            where,
            "corrupt WARC record ("
                + message(e)
                + "); "
                + (resume < 0
                    ? "no readable record follows it"
                    : "skipped to the next record, at byte offset " + resume));
        if (resume < 0) {
          break;
        }
        reader.position(resume);
        lastOffset = -1;
        continue;
      }
      if (pending != null) {
        unreadable(input, number, lastOffset, pending, sink, tally);
        pending = null;
      }
      if (next.isEmpty()) {
        break;
      }
      number++;
      lastOffset = reader.position();
      try {
        page(input, next.get(), number, lastOffset, sink, tally);
      } catch (EOFException | ZipException e) {
        pending = e;
      } catch (IOException | RuntimeException e) {
        // the record is whole but its page cannot be read (a broken HTTP header, an unknown
        // content encoding): only this record is lost
        unreadable(input, number, lastOffset, e, sink, tally);
      }
    }
    LOG.log(
        Level.DEBUG,
        () ->
            input.origin() + ": " + tally.pages + " pages read, records skipped: " + tally.skipped);
    if (tally.pages == 0 && tally.broken == 0 && tally.rejected == 0) {
      sink.reject(
          input.origin(),
          number == 0
              ? "empty WARC file: no records"
              : "no HTML page in the WARC file (" + number + " records: " + tally.skipped + ")");
    }
  }

  private void page(
      InputFile input, WarcRecord record, long number, long offset, ArticleSink sink, Tally tally)
      throws IOException {
    MessageBody body;
    String charset;
    if (record instanceof WarcResponse response) {
      String target = response.target();
      boolean overHttp =
          record.contentType().base().equals(MediaType.HTTP)
              || target != null && target.regionMatches(true, 0, "http", 0, 4);
      if (!overHttp) {
        tally.skip("response not HTTP");
        return;
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        tally.skip("response HTTP " + http.status());
        return;
      }
      MediaType payload = http.contentType();
      if (!isHtml(payload)) {
        tally.skip("response " + payload.base());
        return;
      }
      charset = payload.parameters().get("charset");
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource) {
      MediaType payload = record.contentType();
      if (!isHtml(payload)) {
        tally.skip("resource " + payload.base());
        return;
      }
      charset = payload.parameters().get("charset");
      body = record.body();
    } else {
      tally.skip(record.type());
      return;
    }
    String target = ((WarcTargetRecord) record).target();
    String origin = input.origin() + ": record " + number + " (" + target + ")";
    byte[] bytes =
        body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, pages.maxBytes() + 1));
    if (bytes.length > pages.maxBytes()) {
      tally.rejected++;
      sink.reject(origin, pages.tooLarge());
      return;
    }
    String id = target == null || target.isBlank() ? input.id() + "#" + offset : target;
    int before = tally.pages;
    Counting counting = new Counting(sink, tally);
    pages.page(bytes, charset, target, id, hostOf(target, input.source()), origin, counting);
    if (tally.pages == before) {
      tally.rejected++;
    }
  }

  private static void unreadable(
      InputFile input, long number, long offset, Exception e, ArticleSink sink, Tally tally) {
    tally.rejected++;
    sink.reject(
        input.origin() + ": record " + number + " (byte offset " + offset + ")",
        "unreadable page in the WARC record: " + message(e));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The host of a URL without its {@code www.}, as the name of the outlet. */
  static String hostOf(String url, String fallback) {
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return fallback;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /**
   * The offset of the first record start at or after {@code from}: a gzip member that begins with a
   * WARC header in a compressed file, a {@code WARC/} line start otherwise; -1 when none.
   */
  static long nextRecordStart(FileChannel file, long from, boolean gzip) throws IOException {
    long size = file.size();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    // one byte before, to see the line end a record header follows
    long pos = Math.max(0, from - 1);
    while (pos < size) {
      buffer.clear();
      while (buffer.hasRemaining() && file.read(buffer, pos + buffer.position()) > 0) {
        // fill the window
      }
      int n = buffer.position();
      byte[] a = buffer.array();
      for (int i = 0; i + WARC_MAGIC.length <= n; i++) {
        long at = pos + i;
        if (at < from) {
          continue;
        }
        if (gzip) {
          if ((a[i] & 0xFF) == 0x1f
              && (a[i + 1] & 0xFF) == 0x8b
              && a[i + 2] == 8
              && gzipHoldsWarc(file, at)) {
            return at;
          }
        } else if (startsAt(a, i, WARC_MAGIC) && (at == 0 || i > 0 && a[i - 1] == '\n')) {
          return at;
        }
      }
      if (pos + n >= size) {
        return -1;
      }
      // windows overlap, so that a marker and the byte before it are seen whole
      pos += n - WARC_MAGIC.length - 1;
    }
    return -1;
  }

  /** Whether a gzip member starts at {@code at} and its content starts as a WARC record. */
  private static boolean gzipHoldsWarc(FileChannel file, long at) {
    InputStream raw =
        new InputStream() {
          private long position = at;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = file.read(ByteBuffer.wrap(b, off, Math.min(len, 4096)), position);
            if (n > 0) {
              position += n;
            }
            return n;
          }
        };
    try (InputStream in = new GZIPInputStream(raw, 4096)) {
      byte[] head = in.readNBytes(WARC_MAGIC.length);
      return java.util.Arrays.equals(head, WARC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsAt(byte[] a, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (a[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private static String message(Throwable e) {
    String m =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e instanceof NumberFormatException
                ? "a number that is none: " + e.getMessage()
                : e instanceof RuntimeException && !(e instanceof UncheckedIOException)
                    ? e.getClass().getSimpleName() + ": " + e.getMessage()
                    : e.getMessage();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  /** What a WARC held, for the debug line and for a WARC that gave nothing. */
  private static final class Tally {
    int pages;
    int rejected;
    int broken;
    final Map<String, Integer> skipped = new TreeMap<>();

    void skip(String why) {
      skipped.merge(why, 1, Integer::sum);
    }
  }

  /** Counts the pages that became articles. */
  private record Counting(ArticleSink sink, Tally tally) implements ArticleSink {
    @Override
    public void accept(org.trame.article.RawArticle article) {
      tally.pages++;
      sink.accept(article);
    }

    @Override
    public void reject(String origin, String problem) {
      sink.reject(origin, problem);
    }
  }
}
