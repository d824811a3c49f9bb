package org.trame.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trame.Fixtures;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class DensityExtractorTest {

  private final Extractor extractor = new DensityExtractor();

  private static String fixture(String name) throws IOException {
    return Files.readString(Fixtures.fixture("extract/" + name));
  }

  @Test
  void keepsOnlyTheArticleParagraphsOfAPageWithFurniture() throws IOException {
    Extraction x = extractor.extract(fixture("furniture.html"), "https://gazette.example/n?id=7");

    assertThat(x.text().split("\n\n"))
        .containsExactly(
            "The old harbour bridge opened to traffic again on Tuesday morning, eleven weeks after"
                + " engineers closed it to replace the corroded cables that hold up its central"
                + " span.",
            "Drivers had faced a detour of almost six miles through the industrial estate, and the"
                + " ferry, which doubled its sailings during the closure, carried more than forty"
                + " thousand extra passengers.",
            "Work finished early",
            "The council said the contractor finished a week ahead of schedule, helped by a dry"
                + " February, and that the final bill came in slightly under the budget agreed"
                + " last autumn.",
            "Cyclists will have to wait until May for the new segregated lane on the eastern side,"
                + " which still needs its railings and lighting.");
    assertThat(x.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(x.siteName()).isEqualTo("The Riverside Gazette");
    assertThat(x.author()).isEqualTo("Maud Okafor");
    assertThat(x.language()).isEqualTo("en");
    assertThat(x.canonicalUrl()).isEqualTo("https://gazette.example/news/harbour-bridge-reopens");
    assertThat(x.published()).isEqualTo(PublishedDate.day(LocalDate.of(2024, 3, 5)));
  }

  @Test
  void prefersTheArticleElementOverOtherProseOfTheSameWeight() throws IOException {
    Extraction x = extractor.extract(fixture("article-element.html"), null);

    assertThat(x.text()).startsWith("Le marché couvert a rouvert ses portes samedi");
    assertThat(x.text()).endsWith("avant dix heures du matin.");
    assertThat(x.text()).doesNotContain("association", "bénévoles");
    assertThat(x.text().split("\n\n")).hasSize(3);
    assertThat(x.language()).isEqualTo("fr");
    assertThat(x.canonicalUrl()).isNull();
  }

  @Test
  void readsJsonLdDateAuthorsAndBodyWhenThePageHasNoText() throws IOException {
    Extraction x = extractor.extract(fixture("json-ld.html"), "https://diario.example/b");

    // JSON-LD wins over the meta tag, and the day is the publisher's own, not UTC's
    assertThat(x.published()).isEqualTo(PublishedDate.day(LocalDate.of(2024, 11, 23)));
    assertThat(x.published().precision()).isEqualTo(Precision.DAY);
    assertThat(x.author()).isEqualTo("Lucía Ferrer, Tomás Rey");
    assertThat(x.siteName()).isEqualTo("Diario de Pruebas");
    assertThat(x.language()).isEqualTo("es");
    assertThat(x.canonicalUrl()).isEqualTo("https://diario.example/b");
    // the page itself only says "loading": the JSON-LD copy of the text is used
    assertThat(x.text().split("\n\n")).hasSize(3);
    assertThat(x.text()).startsWith("La biblioteca municipal abrirá también los domingos");
  }

  @Test
  void takesTheDateAtThePrecisionThePageGivesIt() {
    String month =
        "<html><head><meta property='article:published_time' content='2023-06'></head></html>";
    String year = "<html><body><p>Text</p><time datetime='2021'>that year</time></body></html>";
    String itemprop =
        "<html><head><meta itemprop='datePublished dateCreated' content='2019-11-19T11:00:09Z'>"
            + "</head><body></body></html>";
    String nonsense =
        "<html><head><meta property='article:published_time' content='yesterday'></head></html>";

    assertThat(extractor.extract(month, null).published())
        .isEqualTo(PublishedDate.parse("2023-06"));
    assertThat(extractor.extract(month, null).published().precision()).isEqualTo(Precision.MONTH);
    assertThat(extractor.extract(year, null).published().precision()).isEqualTo(Precision.YEAR);
    assertThat(extractor.extract(itemprop, null).published())
        .isEqualTo(PublishedDate.parse("2019-11-19"));
    assertThat(extractor.extract(nonsense, null).published()).isNull();
  }

  @Test
  void aPageHiddenBehindADialogStillGivesItsTextButHiddenBitsGo() {
    String page =
        "<html><body><div id='page' aria-hidden='true'><div class='entry'>"
            + "<p>The ferry company confirmed on Monday that the winter timetable will start a"
            + " fortnight later than usual, because of the repairs to the northern slipway.</p>"
            + "<p style='display: none'>Please enable scripts to read this story in full.</p>"
            + "<p>Passengers holding tickets for the cancelled crossings will be refunded in full,"
            + " or may move their booking to any other date before the end of March.</p>"
            + "</div></div><div role='dialog'><p>We value your privacy</p></div></body></html>";

    Extraction x = extractor.extract(page, null);

    assertThat(x.text().split("\n\n")).hasSize(2);
    assertThat(x.text())
        .startsWith("The ferry company")
        .doesNotContain("enable scripts", "privacy");
  }

  @Test
  void survivesBrokenMarkup() throws IOException {
    Extraction x = extractor.extract(fixture("broken.html"), "not a url");

    assertThat(x.text())
        .contains("its first paragraph should still come out of the extractor intact.")
        .contains("so the extractor must accept it too.")
        .doesNotContain("not text");
    assertThat(x.title()).isEqualTo("Broken page");
  }

  @Test
  void anEmptyOrMeaninglessPageGivesEmptyText() {
    for (String page :
        new String[] {
          null, "", "   ", "<html></html>", "<body></body>", "<<<>>>", "\u0000\u0001", "{\"a\": 1}"
        }) {
      Extraction x = extractor.extract(page, null);
      assertThat(x).as(String.valueOf(page)).isNotNull();
      assertThat(x.text()).as(String.valueOf(page)).doesNotContain("<html", "<body");
    }
    assertThat(extractor.extract(null, "https://x.example/").text()).isEmpty();
    assertThat(extractor.extract("<html></html>", null).hasText()).isFalse();
  }

  @Test
  void aHugePageIsCutAndDoneInBoundedTime() {
    StringBuilder page = new StringBuilder("<html><body><div class='story'>");
    String paragraph =
        "<p>A paragraph of plain prose, long enough to count, with a comma or two, repeated.</p>";
    while (page.length() < 2 * DensityExtractor.MAX_HTML_CHARS) {
      page.append(paragraph);
    }
    // deep nesting too: no recursion may run out of stack
    page.append("<div>".repeat(50_000)).append("deep").append("</div>".repeat(50_000));
    long start = System.nanoTime();
    Extraction x = extractor.extract(page.toString(), null);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(x.text()).startsWith("A paragraph of plain prose");
    assertThat(x.text().length()).isLessThan(DensityExtractor.MAX_HTML_CHARS);
    assertThat(took).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void bylinesAndDateLinesAreNotText() {
    assertThat(DensityExtractor.isBylineWithDate("Par Jeanne Morel, publié le 12 juillet 2023"))
        .isTrue();
    assertThat(DensityExtractor.isBylineWithDate("Le Courrier, publié le mardi 2 juin 2020 à 9h07"))
        .isTrue();
    assertThat(DensityExtractor.isBylineWithDate("Ruth Abernethy 2019-11-20 17:27:46")).isTrue();
    assertThat(DensityExtractor.isBylineWithDate("2019-11-20 17:27 | Ruth Abernethy")).isTrue();
    // sentences and headings that hold a date stay
    assertThat(DensityExtractor.isBylineWithDate("The fair opens on 3 March 2024 in the park."))
        .isFalse();
    assertThat(DensityExtractor.isBylineWithDate("Results of the vote of 3 March 2024")).isFalse();
    assertThat(DensityExtractor.isBylineWithDate("Ruth Abernethy")).isFalse();
  }
}
