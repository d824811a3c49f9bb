package org.trame.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

class TextArticleReaderTest {

  private static final InputFile INPUT =
      new InputFile(Path.of("corpus", "lemonde", "a1.txt"), "lemonde/a1.txt", "lemonde", 0);

  private final RecordingSink sink = new RecordingSink();

  private void read(TextArticleReader reader, byte[] bytes) throws IOException {
    reader.read(INPUT, new ByteArrayInputStream(bytes), sink);
  }

  private void read(String content) throws IOException {
    read(new TextArticleReader(1_000_000), content.getBytes(UTF_8));
  }

  @Test
  void dateLineAloneThenTitleOnTheNextLine() throws IOException {
    read(" date 2023-06-12\nUn tournage sous la neige\nLes équipes sont arrivées lundi.\n");

    RawArticle a = sink.only();
    assertThat(a.published()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 6, 12)));
    assertThat(a.title()).isEqualTo("Un tournage sous la neige");
    assertThat(a.text()).isEqualTo("Les équipes sont arrivées lundi.");
    assertThat(a.id()).isEqualTo("lemonde/a1.txt");
    assertThat(a.source()).isEqualTo("lemonde");
    assertThat(a.origin()).isEqualTo(INPUT.origin());
    assertThat(a.url()).isNull();
    assertThat(a.language()).isNull();
  }

  @Test
  void dateFollowedByTheFirstParagraphOnTheSameLine() throws IOException {
    read(
        " date 2023-06 Pour filmer la poursuite, l'équipe a fermé le pont trois nuits de suite.\n"
            + "Le réalisateur a tourné chaque plan deux fois.\n");

    RawArticle a = sink.only();
    assertThat(a.published()).isNotNull();
    assertThat(a.published().precision()).isEqualTo(Precision.MONTH);
    assertThat(a.published().iso()).isEqualTo("2023-06");
    assertThat(a.title())
        .isEqualTo("Pour filmer la poursuite, l'équipe a fermé le pont trois nuits de suite.");
    assertThat(a.text()).isEqualTo("Le réalisateur a tourné chaque plan deux fois.");
  }

  @Test
  void withoutADateLineTheFirstLineIsTheTitle() throws IOException {
    read("Le festival ouvre ses portes\n\nLa première projection a lieu ce soir.\nSuite du texte.");

    RawArticle a = sink.only();
    assertThat(a.published()).isNull();
    assertThat(a.title()).isEqualTo("Le festival ouvre ses portes");
    assertThat(a.text().strip())
        .isEqualTo("La première projection a lieu ce soir.\nSuite du texte.");
  }

  @Test
  void theWordDateAtTheStartOfATitleIsNotADateLine() throws IOException {
    read("date limite repoussée\nLe dépôt des dossiers ferme plus tard.");

    RawArticle a = sink.only();
    assertThat(a.published()).isNull();
    assertThat(a.title()).isEqualTo("date limite repoussée");
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkAreHandled() throws IOException {
    read("\uFEFF date 2023-06-12\r\nUn titre\r\nPremière ligne.\r\nDeuxième ligne.\r\n");

    RawArticle a = sink.only();
    assertThat(a.published()).isEqualTo(PublishedDate.parse("2023-06-12"));
    assertThat(a.title()).isEqualTo("Un titre");
    assertThat(a.text()).isEqualTo("Première ligne.\nDeuxième ligne.");
  }

  @Test
  void aLoneCarriageReturnEndsALine() throws IOException {
    read("Un titre\rLe corps.");

    RawArticle a = sink.only();
    assertThat(a.title()).isEqualTo("Un titre");
    assertThat(a.text()).isEqualTo("Le corps.");
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    read("");

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(INPUT.origin());
    assertThat(r.problem()).contains("empty file");
  }

  @Test
  void aBlankFileIsRejected() throws IOException {
    read("  \n\t\r\n   \n");

    assertThat(sink.onlyRejection().problem()).contains("empty file");
  }

  @Test
  void aFileWithOnlyAByteOrderMarkIsRejectedAsEmpty() throws IOException {
    read("\uFEFF\n");

    assertThat(sink.onlyRejection().problem()).contains("empty file").doesNotContain("date line");
  }

  @Test
  void aFileWithOnlyTheDateLineIsRejected() throws IOException {
    read(" date 2023-06-12\n\n   \n");

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(INPUT.origin());
    assertThat(r.problem()).isEqualTo("no article text after the date line");
  }

  @Test
  void anImpossibleDateIsRejectedNamingLineOne() throws IOException {
    read(" date 2023-13\nUn titre\nLe corps.");

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(INPUT.origin());
    assertThat(r.problem()).startsWith("line 1: ").contains("'2023-13'");
  }

  @Test
  void aFileLargerThanTheMaximumIsRejected() throws IOException {
    byte[] big = ("Un titre\n" + "x".repeat(200)).getBytes(UTF_8);
    read(new TextArticleReader(100), big);

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(INPUT.origin());
    assertThat(r.problem()).contains("too large");
  }

  @Test
  void aFileOfExactlyTheMaximumIsRead() throws IOException {
    byte[] exact = ("Un titre\n" + "x".repeat(91)).getBytes(UTF_8);
    assertThat(exact).hasSize(100);
    read(new TextArticleReader(100), exact);

    assertThat(sink.only().text()).isEqualTo("x".repeat(91));
  }

  @Test
  void oneByteOverTheMaximumIsRejected() throws IOException {
    byte[] over = ("Un titre\n" + "x".repeat(92)).getBytes(UTF_8);
    read(new TextArticleReader(100), over);

    assertThat(sink.onlyRejection().problem()).contains("too large");
  }

  @Test
  void latin1TextIsReadAsWindows1252() throws IOException {
    read(new TextArticleReader(1000), "Un café\nÀ l'été, où ça ?".getBytes(ISO_8859_1));

    RawArticle a = sink.only();
    assertThat(a.title()).isEqualTo("Un café");
    assertThat(a.text()).isEqualTo("À l'été, où ça ?");
  }

  @Test
  void windows1252PunctuationAndLigaturesAreDecoded() throws IOException {
    // 0x80 €, 0x92 ’, 0x9C œ, 0x96 –, 0x85 …: the bytes Latin-1 leaves to control characters
    byte[] bytes = {
      'T', '\n', (byte) 0x80, ' ', (byte) 0x92, (byte) 0x9C, (byte) 0x96, (byte) 0x85
    };
    read(new TextArticleReader(1000), bytes);

    assertThat(sink.only().text()).isEqualTo("€ ’œ–…");
  }

  @Test
  void noByteIsLostInWindows1252() throws IOException {
    byte[] bytes = new byte[256 - 32 + 2];
    bytes[0] = 'T';
    bytes[1] = '\n';
    for (int b = 32; b < 256; b++) {
      bytes[b - 32 + 2] = (byte) b;
    }
    read(new TextArticleReader(1000), bytes);

    String text = sink.only().text();
    // one character a byte, the five bytes Windows-1252 leaves undefined kept as C1 controls
    assertThat(text)
        .hasSize(256 - 32)
        .doesNotContain("\uFFFD")
        .contains("\u0081", "\u008D", "\u008F", "\u0090", "\u009D");
    assertThat(text.charAt(0xE9 - 32)).isEqualTo('é');
    assertThat(text.charAt(0x80 - 32)).isEqualTo('€');
  }

  @Test
  void aFileThatIsMostlyUtf8ButNotValidIsReadWholeAsWindows1252() throws IOException {
    // "été " in UTF-8, then a Latin-1 'é': one encoding for the whole file, nothing dropped
    byte[] good = "T\nété ".getBytes(UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xE9;
    bytes[good.length + 1] = 't';
    bytes[good.length + 2] = 'e';
    read(new TextArticleReader(1000), bytes);

    // the UTF-8 part reads as mojibake here; the clean stage (RepairMojibake) mends it
    assertThat(sink.only().text()).isEqualTo("Ã©tÃ© éte");
  }

  @Test
  void validUtf8StaysUtf8() throws IOException {
    read(new TextArticleReader(1000), "T\nÃ© est écrit ainsi, en UTF-8.".getBytes(UTF_8));

    assertThat(sink.only().text()).isEqualTo("Ã© est écrit ainsi, en UTF-8.");
  }

  @Test
  void nulBytesMeanABinaryFile() throws IOException {
    read(new TextArticleReader(1000), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(INPUT.origin());
    assertThat(r.problem()).startsWith("binary file").contains("offset 4");
  }
}
