package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.RawArticle;

class InputsTest {

  @TempDir Path dir;

  private final Inputs inputs = new Inputs();
  private final RecordingSink sink = new RecordingSink();

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static byte[] gzip(String content) throws IOException {
    return gzip(content.getBytes(UTF_8));
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  /** Lists then reads the given files, ignoring progress. */
  private void readAll(Path... paths) {
    List<InputFile> files = inputs.list(List.of(paths), sink);
    inputs.read(files, sink, (done, total) -> {});
  }

  @Test
  void aMissingPathIsRejected() {
    Path missing = dir.resolve("absent");

    List<InputFile> files = inputs.list(List.of(missing), sink);

    assertThat(files).isEmpty();
    assertThat(sink.rejections)
        .containsExactly(
            new RecordingSink.Rejection(missing.toString(), "no such file or directory"));
  }

  @Test
  void aMissingPathDoesNotStopTheOthers() throws IOException {
    Path file = write("seul.txt", "Titre\nCorps.");

    List<InputFile> files = inputs.list(List.of(dir.resolve("absent"), file), sink);

    assertThat(files).extracting(InputFile::id).containsExactly("seul.txt");
    assertThat(sink.rejections).hasSize(1);
  }

  @Test
  void aFolderIsWalkedRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Path root = dir.resolve("corpus");
    write("corpus/lemonde/b.txt", "B\nbody");
    write("corpus/lemonde/a.txt", "A\nbody");
    write("corpus/afp/2023/z.txt", "Z\nbody");
    write("corpus/top.txt", "T\nbody");
    write("corpus/.git/config", "[core]");
    write("corpus/lemonde/.brouillon.txt", "hidden");

    List<InputFile> files = inputs.list(List.of(root), sink);

    assertThat(sink.rejections).isEmpty();
    assertThat(files)
        .extracting(InputFile::id)
        .containsExactly("afp/2023/z.txt", "lemonde/a.txt", "lemonde/b.txt", "top.txt");
    assertThat(files)
        .extracting(InputFile::source)
        .containsExactly("2023", "lemonde", "lemonde", "corpus");
    assertThat(files.get(1).path()).isEqualTo(root.resolve("lemonde").resolve("a.txt"));
    assertThat(files.get(1).size()).isEqualTo(6);
  }

  @Test
  void aSingleFileTakesItsNameAsIdAndItsFolderAsSource() throws IOException {
    Path file = write("afp/depeche.txt", "Titre\nCorps.");

    List<InputFile> files = inputs.list(List.of(file), sink);

    assertThat(files).hasSize(1);
    assertThat(files.get(0).id()).isEqualTo("depeche.txt");
    assertThat(files.get(0).source()).isEqualTo("afp");
    assertThat(files.get(0).size()).isEqualTo(12);
  }

  @Test
  void jsonLinesAreRecognisedByExtension() throws IOException {
    // the first line is not JSON: only the extension can tell this is JSON Lines
    Path file = write("flux/lot.jsonl", "entête\n{\"id\":\"j1\",\"text\":\"Une dépêche.\"}\n");

    readAll(file);

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("j1");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).isEqualTo(file + ":1");
  }

  @Test
  void jsonLinesAreRecognisedByContent() throws IOException {
    Path file = write("flux/lot", "\n  {\"id\":\"j1\",\"text\":\"Une dépêche.\"}\n");

    readAll(file);

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("j1");
    assertThat(a.text()).isEqualTo("Une dépêche.");
  }

  @Test
  void aTxtFileIsTextEvenWhenItStartsWithABrace() throws IOException {
    Path file = write("notes/accolade.txt", "{ un titre étrange }\nLe corps.");

    readAll(file);

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("accolade.txt");
    assertThat(a.title()).isEqualTo("{ un titre étrange }");
    assertThat(a.text()).isEqualTo("Le corps.");
  }

  @Test
  void aFileWithoutExtensionIsTextByContent() throws IOException {
    Path file = write("notes/billet", " date 2022-11-03\nUn titre\nLe corps.");

    readAll(file);

    RawArticle a = sink.only();
    assertThat(a.title()).isEqualTo("Un titre");
    assertThat(a.published().iso()).isEqualTo("2022-11-03");
    assertThat(a.source()).isEqualTo("notes");
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path file =
        write(
            "flux/lot.jsonl.gz",
            gzip("{\"id\":\"g1\",\"text\":\"Un.\"}\n{\"id\":\"g2\",\"text\":\"Deux.\"}\n"));

    readAll(file);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("g1", "g2");
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("Un.", "Deux.");
  }

  @Test
  void aGzippedTextFileIsRead() throws IOException {
    Path file = write("notes/billet.txt.gz", gzip("Un titre compressé\nLe corps compressé."));

    readAll(file);

    RawArticle a = sink.only();
    assertThat(a.title()).isEqualTo("Un titre compressé");
    assertThat(a.text()).isEqualTo("Le corps compressé.");
  }

  @Test
  void gzipIsRecognisedByItsMagicBytes() throws IOException {
    Path file = write("flux/archive", gzip("{\"id\":\"m1\",\"text\":\"Magique.\"}\n"));

    readAll(file);

    assertThat(sink.only().id()).isEqualTo("m1");
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    Path file = write("notes/vide.txt", "");

    readAll(file);

    assertThat(sink.onlyRejection())
        .isEqualTo(new RecordingSink.Rejection(file.toString(), "empty file: no article text"));
  }

  @Test
  void aGzFileThatIsNotGzipIsRejectedAsBrokenGzip() throws IOException {
    Path file = write("flux/faux.jsonl.gz", "{\"id\":\"x\",\"text\":\"Pas compressé.\"}\n");

    readAll(file);

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(file.toString());
    assertThat(r.problem()).startsWith("broken gzip data");
  }

  @Test
  void aTruncatedGzipFileIsRejectedNamingTheFile() throws IOException {
    byte[] whole = gzip("Un titre\n" + "Un corps assez long pour être coupé en route. ".repeat(40));
    Path file = write("notes/coupe.txt.gz", Arrays.copyOf(whole, whole.length / 2));

    readAll(file);

    assertThat(sink.onlyRejection().origin()).isEqualTo(file.toString());
  }

  @Test
  void aTruncatedGzipFileIsReportedAsBrokenGzip() throws IOException {
    byte[] whole = gzip("Un titre\n" + "Un corps assez long pour être coupé en route. ".repeat(40));
    Path file = write("notes/coupe.txt.gz", Arrays.copyOf(whole, whole.length / 2));

    readAll(file);

    assertThat(sink.onlyRejection().problem()).startsWith("broken gzip data");
  }

  @Test
  void aBadFileDoesNotStopTheBatch() throws IOException {
    Path empty = write("lot/a-vide.txt", "");
    write("lot/b-bon.txt", "Titre\nCorps.");

    readAll(dir.resolve("lot"));

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("b-bon.txt");
    assertThat(sink.rejections)
        .extracting(RecordingSink.Rejection::origin)
        .containsExactly(empty.toString());
  }

  @Test
  void progressReachesTheTotalSizeOfTheFiles() throws IOException {
    write("lot/a.txt", "Titre A\nCorps A.");
    write("lot/b.jsonl", "{\"id\":\"b\",\"text\":\"Corps B.\"}\n");
    write("lot/c.txt.gz", gzip("Titre C\nCorps C."));
    List<InputFile> files = inputs.list(List.of(dir.resolve("lot")), sink);
    long total = files.stream().mapToLong(InputFile::size).sum();
    List<long[]> calls = new ArrayList<>();

    inputs.read(files, sink, (done, all) -> calls.add(new long[] {done, all}));

    assertThat(sink.articles).hasSize(3);
    assertThat(total).isGreaterThan(0);
    assertThat(calls).isNotEmpty();
    assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(total));
    assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(total);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
    }
  }

  @Test
  void everyFormatIsToldByContentWhateverItsNameAndGzipped() throws IOException {
    byte[] page = Files.readAllBytes(Resources.ingest("page-windows-1252.html"));
    byte[] feed = Files.readAllBytes(Resources.ingest("atom.xml"));
    write("lot/a-page-named.txt", page);
    write("lot/b-page.html.gz", gzip(page));
    write("lot/c-feed-without-extension", feed);
    write("lot/d-feed.xml.gz", gzip(feed));
    Path warc = dir.resolve("lot/e-crawl.warc.gz");
    new Warcs()
        .page("https://www.e.example/p", WarcArticleReaderTest.article("Une page", "Du texte."))
        .write(warc, true);
    Path plainWarc = dir.resolve("lot/f-crawl.dat");
    new Warcs()
        .page("https://f.example/p", WarcArticleReaderTest.article("Une autre", "Du texte."))
        .write(plainWarc, false);

    readAll(dir.resolve("lot"));

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly(
            "a-page-named.txt",
            "b-page.html.gz",
            "https://harbour.example/2021/03/ferry-aurora",
            "tag:harbour.example,2021:harbour-wall",
            "https://harbour.example/2021/03/ferry-aurora",
            "tag:harbour.example,2021:harbour-wall",
            "https://www.e.example/p",
            "https://f.example/p");
    assertThat(sink.articles.get(0).title()).isEqualTo("Le four à pain du village rallumé");
    assertThat(sink.articles.get(1).text()).isEqualTo(sink.articles.get(0).text());
  }

  @Test
  void aLargeFeedIsReadInOnePassWithProgress() throws IOException {
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel>");
    for (int i = 0; i < 3000; i++) {
      xml.append("<item><link>https://a.example/")
          .append(i)
          .append("</link><description>")
          .append("Un texte. ".repeat(100))
          .append("</description></item>");
    }
    Path file = write("flux/gros-flux", gzip(xml.append("</channel></rss>").toString()));
    List<long[]> calls = new ArrayList<>();

    inputs.read(
        inputs.list(List.of(file), sink), sink, (done, all) -> calls.add(new long[] {done, all}));

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(3000);
    assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(Files.size(file));
  }
}
