package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.RawArticle;

/**
 * Inputs built to hurt: each is bounded in time and memory, gets one clear message naming it, and
 * does not stop the good file read beside it.
 */
class AdversarialInputsTest {

  private static final String GOOD_JSONL =
      "{\"id\":\"bon\",\"title\":\"Le port rouvre\",\"text\":\"Les bateaux sont revenus.\","
          + "\"date\":\"2023-06-14\"}\n";

  @TempDir Path dir;

  private final RecordingSink sink = new RecordingSink();

  /** Reads {@code files} (in the temporary folder) through {@link Inputs}, as ingest does. */
  private void ingest(Path... files) {
    Inputs inputs = new Inputs();
    inputs.read(inputs.list(List.of(files), sink), sink, (done, total) -> {});
  }

  private Path good() throws IOException {
    return Files.writeString(dir.resolve("bon.jsonl"), GOOD_JSONL);
  }

  private List<RecordingSink.Rejection> rejectionsOf(Path file) {
    return sink.rejections.stream().filter(r -> r.origin().startsWith(file.toString())).toList();
  }

  private void goodOneStored() {
    assertThat(sink.articles).extracting(RawArticle::id).contains("bon");
  }

  @Test
  void aGzipBombIsRefusedOnceItPassesAHundredTimesItsSize() throws IOException {
    // 256 MB of blank lines, about 250 kB once compressed: a thousand times
    Path bomb = dir.resolve("bombe.jsonl.gz");
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) '\n');
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        }) {
      for (int i = 0; i < 256; i++) {
        out.write(blanks);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(2_000_000);

    ingest(bomb, good());

    assertThat(rejectionsOf(bomb))
        .singleElement()
        .satisfies(r ->
            assertThat(r.problem())
                .contains("decompresses to more than 100 times its size")
                .contains("decompression bomb"));
    goodOneStored();
  }

  @Test
  void aGzipBombInsideAWarcIsRefusedBeforeAnyRecordIsRead() throws IOException {
    // a WARC's gzip members are inflated by jwarc itself: one ordinary record, then a member of
    // 256 MB of zeros, about 250 kB once compressed
    Path crawl = dir.resolve("crawl.warc.gz");
    String page = "<html><body><p>Un article ordinaire.</p></body></html>";
    String record =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/1\r\n"
            + "WARC-Date: 2022-12-19T10:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + (page.length() + 44)
            + "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
            + page
            + "\r\n\r\n";
    try (OutputStream file = Files.newOutputStream(crawl)) {
      try (OutputStream member = new GZIPOutputStream(new NotClosing(file))) {
        member.write(record.getBytes(UTF_8));
      }
      try (OutputStream member =
          new GZIPOutputStream(new NotClosing(file), 1 << 16) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          }) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 256; i++) {
          member.write(zeros);
        }
      }
    }
    assertThat(Files.size(crawl)).isLessThan(2_000_000);

    ingest(crawl, good());

    assertThat(rejectionsOf(crawl))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).contains("decompression bomb"));
    assertThat(sink.articles).extracting(RawArticle::origin).noneMatch(o -> o.contains("crawl"));
    goodOneStored();
  }

  /** Lets several gzip members be written one after another to one file. */
  private static final class NotClosing extends java.io.FilterOutputStream {
    NotClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  @Test
  void aGzippedFileThatCompressesLikeTextIsNotABomb() throws IOException {
    Path text = dir.resolve("vrai.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(text))) {
      for (int i = 0; i < 2000; i++) {
        out.write(GOOD_JSONL.replace("\"bon\"", "\"l" + i + "\"").getBytes(UTF_8));
      }
    }

    ingest(text);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(2000);
  }

  @Test
  void aLineOfTwoAndAHalfGigabytesIsSkippedWithoutHoldingIt() throws IOException {
    long huge = 2_500_000_000L;
    InputStream lines =
        new SequenceInputStream(
            java.util.Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(GOOD_JSONL.getBytes(UTF_8)),
                    new Repeated((byte) 'x', huge),
                    new ByteArrayInputStream(
                        ("\n" + GOOD_JSONL.replace("\"bon\"", "\"apres\"")).getBytes(UTF_8)))));
    JsonLinesReader reader = new JsonLinesReader(Inputs.MAX_LINE_CHARS);
    long start = System.nanoTime();

    reader.read(
        new InputFile(Path.of("wire", "enorme.jsonl"), "enorme.jsonl", "wire", huge), lines, sink);

    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.println("a 2.5 GB line skipped in " + seconds + " s");
    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("bon", "apres");
    assertThat(sink.onlyRejectionIgnoringArticles())
        .isEqualTo(
            new RecordingSink.Rejection(
                Path.of("wire", "enorme.jsonl") + ":2",
                "line longer than " + Inputs.MAX_LINE_CHARS + " characters, skipped"));
    // generous: 1 to 4 s on a loaded 2-core machine
    assertThat(seconds).isLessThan(120);
  }

  @Test
  void htmlNestedAHundredThousandLevelsDeepIsReadOrRejectedCalmly() throws IOException {
    int depth = 100_000;
    String page =
        "<html><head><title>Profond</title></head><body>"
            + "<div>".repeat(depth)
            + "<p>Un paragraphe tout au fond de la page, assez long pour être le texte d'un"
            + " article : les bateaux sont revenus au port ce matin.</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    Path deep = Files.writeString(dir.resolve("profond.html"), page);

    ingest(deep, good());

    List<RawArticle> fromPage =
        sink.articles.stream().filter(a -> a.origin().equals(deep.toString())).toList();
    assertThat(fromPage.size() + rejectionsOf(deep).size()).isEqualTo(1);
    fromPage.forEach(a -> assertThat(a.text()).contains("les bateaux sont revenus"));
    goodOneStored();
  }

  @Test
  void aWarcCutInsideARecordKeepsThePagesBefore() throws IOException {
    Path whole = dir.resolve("entier.warc");
    String body =
        "<html><body><article><p>"
            + "Les bateaux sont revenus au port ce matin, après une semaine de tempête. ".repeat(4)
            + "</p></article></body></html>";
    new Warcs()
        .info()
        .page("https://example.org/1", body)
        .page("https://example.org/2", body)
        .page("https://example.org/3", body)
        .write(whole, false);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("coupe.warc"), Arrays.copyOf(bytes, bytes.length - 200));

    ingest(cut, good());

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .contains("https://example.org/1", "https://example.org/2")
        .doesNotContain("https://example.org/3");
    assertThat(rejectionsOf(cut))
        .singleElement()
        .satisfies(r -> {
          // the record's header is whole, its page is cut: jwarc says how many bytes it lacks
          assertThat(r.origin()).contains(": record ");
          assertThat(r.problem()).contains("expected 196 more bytes");
        });
    goodOneStored();
  }

  @Test
  void aFeedWithBillionLaughsExpandsNothing() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n");
    dtd.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append(" <!ENTITY lol").append(i).append(" \"").append(previous.repeat(10));
      dtd.append("\">\n");
    }
    dtd.append("]>\n<rss version=\"2.0\"><channel><title>Rires</title><item><title>&lol9;</title>")
        .append("<description>&lol9;</description></item></channel></rss>\n");
    Path laughs = Files.writeString(dir.resolve("rires.xml"), dtd);

    ingest(laughs, good());

    assertThat(sink.articles).noneMatch(a -> a.text().contains("lollollol"));
    assertThat(rejectionsOf(laughs))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).contains("lol9"));
    goodOneStored();
  }

  @Test
  void emptyAndBinaryFilesAreNamedAsSuch() throws IOException {
    Path empty = Files.write(dir.resolve("vide.txt"), new byte[0]);
    Path emptyGzip = dir.resolve("vide.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(emptyGzip))) {
      out.flush();
    }
    Path blanks = Files.writeString(dir.resolve("blancs.jsonl"), "\n  \n\t\n");
    byte[] noise = new byte[4096];
    new Random(8).nextBytes(noise);
    noise[10] = 0;
    Path binary = Files.write(dir.resolve("bruit.bin"), noise);

    ingest(empty, emptyGzip, blanks, binary, good());

    assertThat(rejectionsOf(empty))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).startsWith("empty file"));
    assertThat(rejectionsOf(emptyGzip))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).contains("once decompressed"));
    assertThat(rejectionsOf(blanks))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).contains("only blank lines"));
    assertThat(rejectionsOf(binary))
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).contains("binary file"));
    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("bon");
  }

  /** {@code count} times the same byte, made as it is read. */
  private static final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
