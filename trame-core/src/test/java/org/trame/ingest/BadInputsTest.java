package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.store.StoredArticle;

/**
 * One batch of bad inputs beside good ones, through the whole pipeline into a real store: each
 * problem is named with its file, and everything else is stored.
 */
class BadInputsTest {

  @TempDir static Path dir;
  private static IngestReport report;
  private static Path batch;

  private static Path write(String name, byte[] bytes) throws IOException {
    Path file = batch.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  @BeforeAll
  static void ingestABatchOfBadInputs() throws IOException {
    batch = dir.resolve("lot");
    // a JSON Lines file cut short: its first lines are whole
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines
          .append("{\"id\":\"ligne-")
          .append(i)
          .append("\",\"date\":\"2021-05-0")
          .append(1 + i % 9)
          .append("\",\"text\":\"Dépêche numéro ")
          .append(i)
          .append(" sur la crue de la rivière, ")
          .append("avec des détails différents à chaque fois : ")
          .append(i * 7919)
          .append(".\"}\n");
    }
    byte[] whole = gzip(lines.toString().getBytes(UTF_8));
    write("depeches.jsonl.gz", Arrays.copyOf(whole, whole.length * 2 / 3));

    // a WARC with a corrupt record between good ones
    Path warc = batch.resolve("crawl.warc.gz");
    List<Long> offsets =
        new Warcs()
            .page(
                "https://www.gazette.example/crue",
                WarcArticleReaderTest.article("La crue", "La rivière déborde."))
            .page(
                "https://www.gazette.example/digue",
                WarcArticleReaderTest.article("La digue", "La digue a tenu."))
            .page(
                "https://www.gazette.example/pluie",
                WarcArticleReaderTest.article("La pluie", "La pluie cesse enfin."))
            .write(warc, true);
    byte[] bytes = Files.readAllBytes(warc);
    Arrays.fill(bytes, (int) (offsets.get(3) + 12), (int) (offsets.get(3) + 40), (byte) 0xFF);
    Files.write(warc, bytes);

    Files.copy(Resources.ingest("no-body.html"), batch.resolve("sans-corps.html"));
    Files.copy(Resources.ingest("not-a-feed.xml"), batch.resolve("flux.xml"));
    Files.copy(Resources.ingest("page-windows-1252.html"), batch.resolve("four-a-pain.html"));

    // 100 MB of nested tags, written as a stream
    try (OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(batch.resolve("profond.html")), 1 << 16)) {
      out.write("<!DOCTYPE html><html><body>".getBytes(UTF_8));
      byte[] open = "<div><span>".repeat(1000).getBytes(UTF_8);
      for (long written = 0; written < 100_000_000; written += open.length) {
        out.write(open);
      }
    }

    // UTF-8 once misread as Windows-1252 and saved again: mojibake
    String mojibake =
        new String(
            (" date 2021-05-04\nLa crue de l’été\nLes pompiers sont intervenus à l’aube ; "
                    + "l’eau a atteint 1,20 m près du pont, un record depuis 1910.")
                .getBytes(UTF_8),
            Charset.forName("windows-1252"));
    write("mojibake.txt", mojibake.getBytes(UTF_8));

    write("vide.warc.gz", new byte[0]);
    write("vide-compresse.warc.gz", gzip(new byte[0]));
    write(
        "bon.txt",
        " date 2021-05-03\nLa décrue s'amorce\nLe niveau baisse depuis la nuit.".getBytes(UTF_8));

    try (Trame trame = Trame.open(dir.resolve("store"))) {
      report = trame.ingest(List.of(batch), IngestListener.NONE);
    }
  }

  private static String problemOf(String file) {
    List<IngestReport.Rejection> found =
        report.rejected().stream().filter(r -> r.origin().contains(file)).toList();
    assertThat(found).as("rejections of %s in %s", file, report.rejected()).hasSize(1);
    return found.get(0).problem();
  }

  private static StoredArticle stored(String id) {
    try (Trame trame = Trame.openReadOnly(dir.resolve("store"))) {
      return trame.article(id).orElseThrow(() -> new AssertionError(id + " not stored"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aTruncatedGzipIsNamedAndItsWholeLinesAreStored() {
    assertThat(problemOf("depeches.jsonl.gz"))
        .startsWith("broken gzip data: the file is cut short");
    // a JSON line without title: its text's first line became the title
    assertThat(stored("ligne-1").article().title()).startsWith("Dépêche numéro 1 ");
  }

  @Test
  void aCorruptWarcRecordIsNamedAndTheOtherPagesStored() {
    // record 4: the second response, after two requests and a response
    String problem = problemOf("crawl.warc.gz: record 4");
    assertThat(problem).startsWith("corrupt WARC record").contains("skipped to the next record");
    assertThat(stored("https://www.gazette.example/crue").article().title()).isEqualTo("La crue");
    assertThat(stored("https://www.gazette.example/pluie").article().source())
        .isEqualTo("gazette.example");
  }

  @Test
  void htmlWithoutBodyIsNamed() {
    assertThat(problemOf("sans-corps.html")).isEqualTo("no article text found in the page");
  }

  @Test
  void aHundredMegabytesOfNestedTagsAreRejectedUnparsed() {
    assertThat(problemOf("profond.html")).startsWith("page too large (more than 8.0 MB)");
  }

  @Test
  void aFeedThatIsNotXmlIsNamed() {
    assertThat(problemOf("flux.xml")).startsWith("not an XML feed");
  }

  @Test
  void emptyWarcFilesAreNamed() {
    assertThat(problemOf("vide.warc.gz")).isEqualTo("empty file: no article text");
    assertThat(problemOf("vide-compresse.warc.gz")).contains("empty file");
  }

  @Test
  void mojibakeIsRepairedWhenStored() {
    StoredArticle a = stored("mojibake.txt");
    assertThat(a.article().title()).isEqualTo("La crue de l’été");
    assertThat(a.article().text())
        .startsWith("Les pompiers sont intervenus à l’aube ; l’eau a atteint");
  }

  @Test
  void aWindows1252PageWithoutCharsetIsStoredRight() {
    StoredArticle a = stored("four-a-pain.html");
    assertThat(a.article().title()).isEqualTo("Le four à pain du village rallumé");
    assertThat(a.article().text()).contains("« C’est un cœur du village qui se remet à battre »");
    assertThat(a.article().published().iso()).isEqualTo("2022-10-08");
  }

  @Test
  void theRestOfTheBatchIsStoredAndNothingElseRejected() {
    assertThat(stored("bon.txt").article().title()).isEqualTo("La décrue s'amorce");
    assertThat(report.rejected()).hasSize(7);
    assertThat(report.stored()).isGreaterThan(3 + 2 + 50);
  }
}
