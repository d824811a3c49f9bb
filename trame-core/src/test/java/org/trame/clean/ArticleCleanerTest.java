package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.dedup.Fingerprint;

class ArticleCleanerTest {

  private static final Instant NOW = Instant.parse("2024-01-15T10:00:00Z");

  private final ArticleCleaner cleaner = ArticleCleaner.standard();

  @Test
  void withoutATitleTheFirstLineOfTheTextIsTheTitle() {
    String body =
        "Le\u00A0port rouvre  \r\n\r\n\r\nLes bateaux sont revenus ce matin, et les pêcheurs sont"
            + " contents de retrouver la mer après une semaine dans le port.\r\n";
    RawArticle raw =
        new RawArticle(
            "wire/1",
            "wire",
            "https://example.org/1",
            null,
            null,
            body,
            PublishedDate.parse("2023-05-02"),
            null,
            "wire.jsonl:1");

    Article a = cleaner.clean(raw, NOW);

    assertThat(a.title()).isEqualTo("Le port rouvre");
    assertThat(a.text())
        .isEqualTo(
            "Les bateaux sont revenus ce matin, et les pêcheurs sont contents de retrouver la mer"
                + " après une semaine dans le port.");
    assertThat(a.original()).isEqualTo(body);
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.id()).isEqualTo("wire/1");
    assertThat(a.source()).isEqualTo("wire");
    assertThat(a.url()).isEqualTo("https://example.org/1");
    assertThat(a.published()).isEqualTo(PublishedDate.parse("2023-05-02"));
    assertThat(a.ingested()).isEqualTo(NOW);
    assertThat(a.contentHash()).isEqualTo(Fingerprint.of(a.title(), a.text()));
  }

  @Test
  void aTextOfOneLineIsAllTitle() {
    RawArticle raw =
        new RawArticle("x", "", null, null, null, "  Une seule ligne  ", null, null, "x.txt");

    Article a = cleaner.clean(raw, NOW);

    assertThat(a.title()).isEqualTo("Une seule ligne");
    assertThat(a.text()).isEmpty();
    assertThat(a.original()).isEqualTo("  Une seule ligne  ");
  }

  @Test
  void aGivenTitleIsCleanedOntoOneLineAndTheOriginalKeepsBoth() {
    RawArticle raw =
        new RawArticle(
            "y",
            "src",
            null,
            "  Un titre\nsur deux lignes ",
            null,
            "The crew left the port at dawn,"
                + " and the boats were back in the harbour by the evening of the same day.",
            null,
            null,
            "y.txt");

    Article a = cleaner.clean(raw, NOW);

    assertThat(a.title()).isEqualTo("Un titre sur deux lignes");
    assertThat(a.text()).startsWith("The crew left");
    assertThat(a.original()).isEqualTo(raw.title() + "\n" + raw.text());
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void aGivenLanguageIsKept() {
    RawArticle raw =
        new RawArticle(
            "z",
            "src",
            null,
            "Titre",
            null,
            "Le chat est sur le mur et il dort dans la cour.",
            null,
            "it",
            "z.txt");

    Article a = cleaner.clean(raw, NOW);
    assertThat(a.language()).isEqualTo("it");
    // the default set is French and English
    assertThat(a.languageSupported()).isFalse();
  }

  @Test
  void aGivenLanguageIsReducedToItsPrimaryCode() {
    RawArticle raw =
        new RawArticle(
            "q", "src", null, "Titre", null, "Un texte bref.", null, "FR-ca", "q.jsonl:1");

    Article a = cleaner.clean(raw, NOW);
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.languageSupported()).isTrue();
  }

  @Test
  void anArticleInALanguageNotSetIsDetectedAndMarked() {
    RawArticle raw =
        new RawArticle(
            "d",
            "src",
            null,
            "Neue Brücke in der Altstadt",
            null,
            "Die Stadt hat am Montag mit dem Bau einer neuen Brücke begonnen, die im Herbst fertig"
                + " sein soll.",
            null,
            null,
            "d.txt");

    Article a = cleaner.clean(raw, NOW);
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.languageSupported()).isFalse();
    assertThat(
            ArticleCleaner.standard(new SourceFurniture(), Languages.parse("fr,de"))
                .clean(raw, NOW))
        .extracting(Article::language, Article::languageSupported)
        .containsExactly("de", true);
  }

  @Test
  void anArticleWithoutLanguageIsUndetermined() {
    RawArticle raw =
        new RawArticle("n", "src", null, "2024", null, "12 000 €", null, null, "n.txt");

    Article a = cleaner.clean(raw, NOW);
    assertThat(a.language()).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(a.languageSupported()).isFalse();
  }

  @Test
  void aRepeatedParagraphIsDropped() {
    String para =
        "La mairie a voté le budget du festival, qui passera de trois à cinq jours l'an prochain"
            + " selon les organisateurs.";
    RawArticle raw =
        new RawArticle("r", "src", null, "Titre", null, para + "\n\n" + para, null, "fr", "r.txt");

    assertThat(cleaner.clean(raw, NOW).text()).isEqualTo(para);
  }
}
