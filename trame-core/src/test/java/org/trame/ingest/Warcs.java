package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files for tests with jwarc's own writer, as crawlers write them. */
public final class Warcs {

  private final List<WarcRecord> records = new ArrayList<>();

  public Warcs info() throws IOException {
    records.add(new Warcinfo.Builder().filename("test.warc").date(Instant.EPOCH).build());
    return this;
  }

  /** An HTTP exchange: the request, then the response. */
  public Warcs page(String url, int status, String contentType, byte[] body) throws IOException {
    HttpRequest request = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build();
    records.add(new WarcRequest.Builder(URI.create(url)).date(Instant.EPOCH).body(request).build());
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not OK")
            .body(MediaType.parse(contentType), body)
            .build();
    records.add(new WarcResponse.Builder(URI.create(url)).date(Instant.EPOCH).body(http).build());
    return this;
  }

  public Warcs page(String url, String html) throws IOException {
    return page(url, 200, "text/html; charset=utf-8", html.getBytes(UTF_8));
  }

  public Warcs resource(String url, String contentType, byte[] body) {
    records.add(
        new WarcResource.Builder(URI.create(url))
            .date(Instant.EPOCH)
            .body(MediaType.parse(contentType), body)
            .build());
    return this;
  }

  /** Writes the records, and returns the byte offset of each. */
  public List<Long> write(Path file, boolean gzip) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer =
            new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord record : records) {
        offsets.add(writer.position());
        writer.write(record);
      }
    }
    return offsets;
  }
}
