package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

class JsonLinesReaderTest {

  private static final InputFile INPUT =
      new InputFile(Path.of("feeds", "wire", "batch.jsonl"), "wire/batch.jsonl", "wire", 0);

  private final RecordingSink sink = new RecordingSink();

  private void read(int maxLineChars, String content) throws IOException {
    new JsonLinesReader(maxLineChars)
        .read(INPUT, new ByteArrayInputStream(content.getBytes(UTF_8)), sink);
  }

  private void read(String content) throws IOException {
    read(100_000, content);
  }

  private static String origin(int line) {
    return INPUT.origin() + ":" + line;
  }

  @Test
  void mapsEveryField() throws IOException {
    read(
        "{\"id\":\"w-17\",\"title\":\"Un pont fermé\",\"text\":\"La mairie a fermé le pont.\","
            + "\"date\":\"2023-06-12\",\"lang\":\"fr\",\"source\":\"agence\","
            + "\"url\":\"https://example.org/w-17\"}\n");

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("w-17");
    assertThat(a.title()).isEqualTo("Un pont fermé");
    assertThat(a.text()).isEqualTo("La mairie a fermé le pont.");
    assertThat(a.published()).isEqualTo(PublishedDate.parse("2023-06-12"));
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.source()).isEqualTo("agence");
    assertThat(a.url()).isEqualTo("https://example.org/w-17");
    assertThat(a.origin()).isEqualTo(origin(1));
  }

  @Test
  void absentOptionalFieldsAreNullAndSourceIsTheFolder() throws IOException {
    read("{\"id\":\"w-2\",\"text\":\"Un texte sans titre.\",\"date\":null}\n");

    RawArticle a = sink.only();
    assertThat(a.title()).isNull();
    assertThat(a.published()).isNull();
    assertThat(a.language()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.source()).isEqualTo("wire");
  }

  @Test
  void aMonthDateKeepsItsPrecision() throws IOException {
    read("{\"id\":\"m\",\"text\":\"Un texte.\",\"date\":\"2021-03\"}");

    assertThat(sink.only().published().iso()).isEqualTo("2021-03");
  }

  @Test
  void aMissingIdIsTheFileIdAndLineNumber() throws IOException {
    read("\n{\"text\":\"Première dépêche.\"}\n{\"id\":\"\",\"text\":\"Deuxième dépêche.\"}\n");

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly("wire/batch.jsonl:2", "wire/batch.jsonl:3");
  }

  @Test
  void aBadDateIsRejectedNamingFileAndLine() throws IOException {
    read(
        "{\"id\":\"a\",\"text\":\"Bon.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Mauvaise date.\",\"date\":\"12/06/2023\"}\n");

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("a");
    assertThat(sink.rejections).hasSize(1);
    RecordingSink.Rejection r = sink.rejections.get(0);
    assertThat(r.origin()).isEqualTo(origin(2));
    assertThat(r.problem()).contains("12/06/2023").contains("YYYY-MM-DD");
  }

  @Test
  void aLineThatIsNotJsonIsRejectedAndLaterLinesAreRead() throws IOException {
    read(
        "{\"id\":\"a\",\"text\":\"Un.\"}\n"
            + "ceci n'est pas du JSON\n"
            + "{\"id\":\"c\",\"text\":\"Trois.\"}\n");

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("a", "c");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).isEqualTo(origin(2));
    assertThat(sink.rejections.get(0).problem()).startsWith("not a JSON object");
  }

  @Test
  void aJsonValueThatIsNotAnObjectIsRejected() throws IOException {
    read("[1, 2, 3]\n{\"id\":\"b\",\"text\":\"Deux.\"}\n");

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("b");
    assertThat(sink.rejections)
        .containsExactly(new RecordingSink.Rejection(origin(1), "not a JSON object"));
  }

  @Test
  void aLineLongerThanTheLimitIsRejectedAndTheNextLineRead() throws IOException {
    String longLine = "{\"id\":\"long\",\"text\":\"" + "y".repeat(200) + "\"}";
    read(60, longLine + "\n{\"id\":\"short\",\"text\":\"Court.\"}\n");

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("short");
    assertThat(sink.articles.get(0).origin()).isEqualTo(origin(2));
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).isEqualTo(origin(1));
    assertThat(sink.rejections.get(0).problem()).contains("longer than 60 characters");
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() throws IOException {
    String line = "{\"id\":\"x\",\"text\":\"abc\"}";
    read(line.length(), line + "\n");

    assertThat(sink.only().id()).isEqualTo("x");
  }

  @Test
  void aCrlfLineOfExactlyTheLimitIsRead() throws IOException {
    String line = "{\"id\":\"x\",\"text\":\"abc\"}";
    read(line.length(), line + "\r\n");

    assertThat(sink.only().id()).isEqualTo("x");
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    read("\n   \n{\"text\":\"Après deux lignes vides.\"}\n\n");

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("wire/batch.jsonl:3");
    assertThat(a.origin()).isEqualTo(origin(3));
  }

  @Test
  void crlfLineEndsAndALeadingByteOrderMarkAreAccepted() throws IOException {
    read("\uFEFF{\"id\":\"a\",\"text\":\"Un.\"}\r\n{\"id\":\"b\",\"text\":\"Deux.\"}\r\n");

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("a", "b");
  }

  @Test
  void aMissingOrBlankTextIsRejected() throws IOException {
    read(
        "{\"id\":\"a\",\"title\":\"Titre seul\"}\n"
            + "{\"id\":\"b\",\"text\":\"   \"}\n"
            + "{\"id\":\"c\",\"text\":null}\n");

    assertThat(sink.articles).isEmpty();
    assertThat(sink.rejections)
        .extracting(RecordingSink.Rejection::origin)
        .containsExactly(origin(1), origin(2), origin(3));
    assertThat(sink.rejections).allSatisfy(r -> assertThat(r.problem()).contains("\"text\""));
  }

  @Test
  void aLeadGoesBeforeTheTextAndStandsInForAnEmptyOne() throws IOException {
    read(
        "{\"id\":\"a\",\"lead\":\"Le chapeau.\",\"text\":\"Le corps.\"}\n"
            + "{\"id\":\"b\",\"lead\":\"Seulement un chapeau.\",\"text\":\"\"}\n");

    assertThat(sink.articles)
        .extracting(RawArticle::text)
        .containsExactly("Le chapeau.\n\nLe corps.", "Seulement un chapeau.");
  }
}
