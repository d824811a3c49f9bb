package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.RawArticle;
import org.trame.extract.DensityExtractor;

class WarcArticleReaderTest {

  @TempDir Path dir;

  private final RecordingSink sink = new RecordingSink();
  private final WarcArticleReader reader =
      new WarcArticleReader(new HtmlArticleReader(new DensityExtractor(), 100_000));

  static String article(String title, String sentence) {
    return "<!DOCTYPE html><html lang=\"fr\"><head><title>"
        + title
        + "</title></head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>"
        + title
        + "</h1><p>"
        + sentence
        + " Cette phrase allonge le paragraphe, pour qu'il compte comme un texte d'article.</p>"
        + "<p>Un second paragraphe, lui aussi assez long, termine l'article sans détour.</p>"
        + "</article><footer>Mentions légales</footer></body></html>";
  }

  private void read(Path file) throws IOException {
    InputFile input =
        new InputFile(file, file.getFileName().toString(), "crawls", Files.size(file));
    try (FileChannel channel = FileChannel.open(file)) {
      reader.read(input, channel, sink);
    }
  }

  private static Warcs threePages() throws IOException {
    return new Warcs()
        .info()
        .page("https://www.un.example/a", article("Premier", "La première page du lot."))
        .page("https://deux.example/b", article("Deuxième", "La deuxième page du lot."))
        .page("https://trois.example/c", article("Troisième", "La troisième page du lot."));
  }

  @Test
  void htmlResponsesBecomeArticlesAndTheRestIsSkipped() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    new Warcs()
        .info()
        .page("https://www.journal.example/2020/article", article("Un titre", "Le texte."))
        .page("https://www.journal.example/logo.png", 200, "image/png", new byte[] {1, 2, 3})
        .page(
            "https://www.journal.example/absent",
            404,
            "text/html",
            "<p>Introuvable</p>".getBytes(UTF_8))
        .page("https://www.journal.example/ancien", 301, "text/html", new byte[0])
        .resource(
            "https://autre.example/archive",
            "text/html",
            article("Ressource", "Une page.").getBytes(UTF_8))
        .write(file, true);

    read(file);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(2);
    RawArticle a = sink.articles.get(0);
    assertThat(a.id()).isEqualTo("https://www.journal.example/2020/article");
    assertThat(a.url()).isEqualTo("https://www.journal.example/2020/article");
    assertThat(a.source()).isEqualTo("journal.example");
    assertThat(a.title()).isEqualTo("Un titre");
    assertThat(a.text()).startsWith("Le texte.").doesNotContain("Accueil");
    assertThat(a.origin()).contains("crawl.warc.gz: record 3");
    assertThat(sink.articles.get(1).source()).isEqualTo("autre.example");
  }

  @Test
  void theHttpCharsetDecodesThePage() throws IOException {
    Path file = dir.resolve("latin.warc");
    new Warcs()
        .page(
            "https://a.example/p",
            200,
            "text/html; charset=windows-1252",
            article("Un été", "Où l'on parle de Noël à la plage.")
                .getBytes(Charset.forName("windows-1252")))
        .write(file, false);

    read(file);

    assertThat(sink.only().text()).startsWith("Où l'on parle de Noël à la plage.");
  }

  @Test
  void aCorruptGzipRecordIsRejectedAndTheNextOnesRead() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    List<Long> offsets = threePages().write(file, true);
    // record 4 is the second response: break its deflate data just after the gzip header
    byte[] bytes = Files.readAllBytes(file);
    int at = (int) (long) offsets.get(4);
    Arrays.fill(bytes, at + 12, at + 40, (byte) 0xFF);
    Files.write(file, bytes);

    read(file);

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("https://www.un.example/a", "https://trois.example/c");
    assertThat(sink.rejections).hasSize(1);
    RecordingSink.Rejection r = sink.rejections.get(0);
    assertThat(r.origin()).isEqualTo(file + ": record 5 (byte offset " + at + ")");
    assertThat(r.problem())
        .startsWith("corrupt WARC record")
        .contains("skipped to the next record, at byte offset " + offsets.get(5));
  }

  @Test
  void aCorruptPlainRecordIsRejectedAndTheNextOnesRead() throws IOException {
    Path file = dir.resolve("crawl.warc");
    List<Long> offsets = threePages().write(file, false);
    byte[] bytes = Files.readAllBytes(file);
    int at = (int) (long) offsets.get(4);
    // a header line no WARC reader can parse
    byte[] garbage = "GARBAGE LINE WITHOUT ANY COLON\r\n".getBytes(UTF_8);
    int headerEnd = new String(bytes, at, 200, UTF_8).indexOf("\r\n") + 2;
    System.arraycopy(garbage, 0, bytes, at + headerEnd, garbage.length);
    Files.write(file, bytes);

    read(file);

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("https://www.un.example/a", "https://trois.example/c");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).startsWith(file + ": record 5 (byte offset ");
    assertThat(sink.rejections.get(0).problem()).startsWith("corrupt WARC record");
  }

  @Test
  void aContentLengthThatIsNoNumberIsACorruptRecord() throws IOException {
    // found by WarcArticleReaderFuzzTest: jwarc let a NumberFormatException out
    Path file = dir.resolve("crawl.warc");
    List<Long> offsets = threePages().write(file, false);
    String warc = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = (int) (long) offsets.get(4);
    int length = warc.indexOf("Content-Length: ", at) + "Content-Length: ".length();
    int lineEnd = warc.indexOf("\r\n", length);
    warc = warc.substring(0, length) + "xyz" + warc.substring(lineEnd);
    Files.writeString(file, warc, java.nio.charset.StandardCharsets.ISO_8859_1);

    read(file);

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("https://www.un.example/a", "https://trois.example/c");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).startsWith(file + ": record 5 (byte offset ");
    assertThat(sink.rejections.get(0).problem())
        .startsWith("corrupt WARC record (a number that is none: For input string: \"xyz\")");
  }

  @Test
  void aTruncatedWarcGzKeepsThePagesBeforeTheCut() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    List<Long> offsets = threePages().write(file, true);
    byte[] bytes = Files.readAllBytes(file);
    // cut in the middle of the last response
    int cut = (int) (offsets.get(6) + (bytes.length - offsets.get(6)) / 2);
    Files.write(file, Arrays.copyOf(bytes, cut));

    read(file);

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("https://www.un.example/a", "https://deux.example/b");
    assertThat(sink.rejections).hasSize(1);
    RecordingSink.Rejection r = sink.rejections.get(0);
    assertThat(r.origin()).isEqualTo(file + ": record 7 (byte offset " + offsets.get(6) + ")");
    assertThat(r.problem())
        .startsWith("broken gzip data: the file is cut short inside this record")
        .endsWith("the 6 records before it were read");
  }

  @Test
  void aWarcWithoutPagesSaysSo() throws IOException {
    Path file = dir.resolve("images.warc.gz");
    new Warcs()
        .info()
        .page("https://a.example/i.png", 200, "image/png", new byte[] {1})
        .write(file, true);

    read(file);

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.problem()).startsWith("no HTML page in the WARC file (3 records:");
  }

  @Test
  void anOversizedPageIsRejectedAndTheNextRead() throws IOException {
    Path file = dir.resolve("big.warc");
    new Warcs()
        .page("https://a.example/big", article("Gros", "x".repeat(200_000)))
        .page("https://a.example/small", article("Petit", "Une page ordinaire."))
        .write(file, false);

    read(file);

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("https://a.example/small");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).contains("record 2 (https://a.example/big)");
    assertThat(sink.rejections.get(0).problem()).startsWith("page too large");
  }

  @Test
  void aStreamStopsAtTheFirstCorruptRecord() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    List<Long> offsets = threePages().write(file, true);
    byte[] bytes = Files.readAllBytes(file);
    int at = (int) (long) offsets.get(4);
    Arrays.fill(bytes, at + 12, at + 40, (byte) 0xFF);
    Files.write(file, bytes);

    try (InputStream in = Files.newInputStream(file)) {
      reader.read(new InputFile(file, "crawl.warc.gz", "", bytes.length), in, sink);
    }

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("https://www.un.example/a");
    assertThat(sink.rejections.get(0).problem()).contains("no readable record follows it");
  }

  static void gzip(Path from, Path to) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      Files.copy(from, out);
    }
  }
}
