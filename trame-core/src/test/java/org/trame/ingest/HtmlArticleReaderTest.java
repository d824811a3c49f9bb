package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.RawArticle;
import org.trame.extract.DensityExtractor;

class HtmlArticleReaderTest {

  private final RecordingSink sink = new RecordingSink();
  private final HtmlArticleReader reader = new HtmlArticleReader(new DensityExtractor(), 1_000_000);

  private void read(String fixture) throws IOException {
    Path path = Resources.ingest(fixture);
    try (InputStream in = Files.newInputStream(path)) {
      reader.read(new InputFile(path, "pages/" + fixture, "pages", Files.size(path)), in, sink);
    }
  }

  private void read(byte[] bytes) throws IOException {
    reader.read(
        new InputFile(Path.of("pages", "p.html"), "p.html", "pages", bytes.length),
        new ByteArrayInputStream(bytes),
        sink);
  }

  private static String page(String head, String paragraph) {
    return "<html><head>"
        + head
        + "<title>Titre</title></head><body><article><p>"
        + paragraph
        + "</p></article></body></html>";
  }

  @Test
  void aWindows1252PageWithoutCharsetIsDecodedAndMapped() throws IOException {
    read("page-windows-1252.html");

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("pages/page-windows-1252.html");
    assertThat(a.source()).isEqualTo("pages");
    assertThat(a.title()).isEqualTo("Le four à pain du village rallumé");
    assertThat(a.author()).isEqualTo("Hélène Brûlé");
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.published().iso()).isEqualTo("2022-10-08");
    assertThat(a.published().precision()).isEqualTo(Precision.DAY);
    assertThat(a.text())
        .startsWith("Éteint depuis près de quarante ans, le four banal de la place de l’église")
        .contains("60 € reversés à l’école")
        .contains("« C’est un cœur du village qui se remet à battre »")
        .doesNotContain("Accueil", "Échos du bourg", "\uFFFD");
  }

  @Test
  void aDeclaredCharsetIsFollowed() throws IOException {
    // ISO-8859-15 puts € where Windows-1252 has ¤
    read("page-latin9-declared.html");

    assertThat(sink.only().text()).contains("60 € reversés").doesNotContain("¤");
  }

  @Test
  void aMetaCharsetBeatsTheUtf8Guess() throws IOException {
    String html =
        page(
            "<meta charset=\"windows-1251\">",
            "Привет, это статья о погоде в городе сегодня утром.");
    read(html.getBytes(Charset.forName("windows-1251")));

    assertThat(sink.only().text()).startsWith("Привет, это статья");
  }

  @Test
  void theHttpCharsetComesBeforeTheMetaOne() {
    String html =
        page("<meta charset=\"utf-8\">", "Un été à Noël, une longue phrase pour compter.");
    reader.page(
        html.getBytes(Charset.forName("windows-1252")),
        "ISO-8859-1",
        "https://a.example/p",
        "https://a.example/p",
        "a.example",
        "crawl.warc",
        sink);

    RawArticle a = sink.only();
    assertThat(a.text()).startsWith("Un été à Noël");
    assertThat(a.url()).isEqualTo("https://a.example/p");
  }

  @Test
  void aByteOrderMarkWins() throws IOException {
    String html =
        page("<meta charset=\"windows-1252\">", "Un été à Noël, une longue phrase pour compter.");
    byte[] body = html.getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    read(bytes);

    assertThat(sink.only().text()).startsWith("Un été à Noël");
  }

  @Test
  void validUtf8WithoutDeclarationIsUtf8() throws IOException {
    read(page("", "Un été à Noël, une longue phrase pour compter.").getBytes(UTF_8));

    assertThat(sink.only().text()).startsWith("Un été à Noël");
  }

  @Test
  void aPageWithoutBodyIsRejected() throws IOException {
    read("no-body.html");

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).endsWith("no-body.html");
    assertThat(r.problem()).isEqualTo("no article text found in the page");
  }

  @Test
  void aPageOverTheLimitIsRejectedUnread() throws IOException {
    HtmlArticleReader small = new HtmlArticleReader(new DensityExtractor(), 100);
    small.read(
        new InputFile(Path.of("p.html"), "p.html", "", 0),
        new ByteArrayInputStream(page("", "x".repeat(200)).getBytes(UTF_8)),
        sink);

    assertThat(sink.onlyRejection().problem()).startsWith("page too large");
  }
}
