package org.trame.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.trame.Fixtures;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class PublicationDatesTest {

  private final DensityExtractor extractor = new DensityExtractor();

  private static String fixture(String name) throws IOException {
    return Files.readString(Fixtures.fixture("extract/" + name));
  }

  private DatedExtraction extract(String html, String url) {
    return extractor.extractWithDateSource(html, url);
  }

  /** A page whose article says nothing of its date, in the words and markup given. */
  private static String article(String head, String body) {
    return "<html><head>"
        + head
        + "</head><body><article><h1>Ferry timetable changes</h1>"
        + body
        + "<p>The winter timetable starts a fortnight later than usual this year, because the"
        + " northern slipway still needs repairs after the autumn storms, the operator said.</p>"
        + "</article></body></html>";
  }

  @Test
  void aDateOnlyInListsOfOtherArticlesIsNoDate() throws IOException {
    DatedExtraction x = extract(fixture("related-dates-only.html"), null);

    assertThat(x.extraction().published()).isNull();
    assertThat(x.dateSource()).isNull();
    // the rest of the page is still read
    assertThat(x.extraction().text()).startsWith("The town council has stopped taking names");
    assertThat(x.extraction().title()).isEqualTo("Allotment waiting list closes for the winter");
    assertThat(x.extraction().author()).isEqualTo("Ruth Abernethy");
  }

  @Test
  void aListBeforeTheArticleDoesNotLendItsDates() throws IOException {
    DatedExtraction x = extract(fixture("list-before-article.html"), null);

    // the date line says published on the 12th and updated on the 13th: the first is the one
    assertThat(x.extraction().published()).isEqualTo(PublishedDate.parse("2023-07-12"));
    assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    assertThat(x.extraction().title()).isEqualTo("Le pont de la Garenne rouvre aux piétons");
    assertThat(x.extraction().siteName()).isEqualTo("Le Courrier du Val");
    assertThat(x.extraction().author()).isEqualTo("Jeanne Morel");
    assertThat(x.extraction().language()).isEqualTo("fr");
    assertThat(x.extraction().text()).startsWith("Fermé depuis l'hiver").doesNotContain("piscine");
  }

  @Test
  void theTimeOfTheArticleWinsOverTheTimesOfTeaserCardsBeforeIt() throws IOException {
    DatedExtraction x = extract(fixture("list-before-time.html"), null);

    assertThat(x.extraction().published()).isEqualTo(PublishedDate.parse("2023-09-04"));
    assertThat(x.dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
  }

  @Test
  void jsonLdGraphsArraysAndArticleSubtypesAreRead() throws IOException {
    DatedExtraction x = extract(fixture("graph-json-ld.html"), null);

    // JSON-LD is trusted over the meta tag, which says 2 May
    assertThat(x.extraction().published()).isEqualTo(PublishedDate.parse("2022-04-29"));
    assertThat(x.dateSource()).isEqualTo(DateSource.JSON_LD);
    assertThat(x.extraction().author()).isEqualTo("Hugo Lemaire, Inès Barre");
    assertThat(x.extraction().siteName()).isEqualTo("Le Journal des Plaines");
    assertThat(x.extraction().language()).isEqualTo("fr");
  }

  @Test
  void metaTagsOfManyPublishersAreRead() {
    String[][] cases = {
      {"<meta name='sailthru.date' content='2021-03-04 10:11:12'>", "2021-03-04"},
      {"<meta name='parsely-pub-date' content='2020-12-31T23:59:00Z'>", "2020-12-31"},
      {"<meta name='DC.date.issued' content='2019-07-01'>", "2019-07-01"},
      {"<meta name='date' content='Wed, 12 Jul 2023 10:00:00 GMT'>", "2023-07-12"},
      {"<meta property='og:published_time' content='2018-02-03T00:00:00+01:00'>", "2018-02-03"},
      {"<meta name='pubdate' content='20170506'>", "2017-05-06"},
    };
    for (String[] c : cases) {
      DatedExtraction x = extract(article(c[0], ""), null);
      assertThat(x.extraction().published()).as(c[0]).isEqualTo(PublishedDate.parse(c[1]));
      assertThat(x.dateSource()).as(c[0]).isEqualTo(DateSource.META);
    }
  }

  @Test
  void microdataInTheArticleButNotInAnotherItem() {
    String own = article("", "<span itemprop='datePublished' content='2016-10-09'>9 Oct</span>");
    String teaser =
        "<html><body><ul class='related-links'><li><a href='/x'>Another story on the ferry"
            + " company</a><meta itemprop='datePublished' content='2015-01-01'></li></ul>"
            + "<article><h1>Title</h1><p>A long enough paragraph of text, with a comma, to be"
            + " read as the article of this page.</p></article></body></html>";

    assertThat(extract(own, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2016-10-09"));
    assertThat(extract(own, null).dateSource()).isEqualTo(DateSource.MICRODATA);
    assertThat(extract(teaser, null).extraction().published()).isNull();
  }

  @Test
  void theAddressGivesADayOrAMonth() {
    String page = article("", "");
    String[][] cases = {
      {"https://news.example/2023/07/12/ferry-timetable", "2023-07-12"},
      {"https://news.example/story/2023-07-12/ferry", "2023-07-12"},
      {"https://news.example/ferry-timetable-20230712.html", "2023-07-12"},
      {"https://news.example/2023/07/ferry-timetable", "2023-07"},
    };
    for (String[] c : cases) {
      DatedExtraction x = extract(page, c[0]);
      assertThat(x.extraction().published()).as(c[0]).isEqualTo(PublishedDate.parse(c[1]));
      assertThat(x.dateSource()).as(c[0]).isEqualTo(DateSource.URL);
    }
    assertThat(extract(page, "https://news.example/2023/07/ferry").extraction().published())
        .extracting(PublishedDate::precision)
        .isEqualTo(Precision.MONTH);
    // numbers that are no date: an id, a 13th month
    assertThat(extract(page, "https://news.example/article/12345678").extraction().published())
        .isNull();
    assertThat(extract(page, "https://news.example/2023/13/x").extraction().published()).isNull();
  }

  @Test
  void theDateLineNearTheHeadlinePrefersThePublicationToTheUpdate() {
    String english =
        article("", "<p class='dateline'>Updated July 3, 2021 · First published June 30, 2021</p>");
    String updateOnly = article("", "<p>Last updated: 5 March 2022</p>");
    String french = article("", "<div>Mis en ligne le 1er avril 2019 à 7h30</div>");
    String numeric = article("", "<p>Publié le 03/04/2020</p>").replace("<html>", "<html lang=fr>");

    assertThat(extract(english, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2021-06-30"));
    assertThat(extract(english, null).dateSource()).isEqualTo(DateSource.TEXT);
    // an update is the last resort: the closest day the page gives
    assertThat(extract(updateOnly, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2022-03-05"));
    assertThat(extract(french, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2019-04-01"));
    assertThat(extract(numeric, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2020-04-03"));
  }

  @Test
  void aTimeInTheSiteHeaderOrFooterIsNotTheArticles() {
    String page =
        "<html><body><header><time datetime='2030-01-01'>today</time></header>"
            + "<article><h1>Title</h1><p>A long enough paragraph of text, with a comma, to be"
            + " read as the article of this page.</p></article>"
            + "<footer><time datetime='2031-01-01'>copyright</time></footer></body></html>";

    assertThat(extract(page, null).extraction().published()).isNull();
  }

  @Test
  void aTimeShowingItsDayIsReadAsShownNotAsItsUtcAttribute() {
    String page =
        article(
            "",
            "<div class='byline'>By <a href='/authors/pat'>Pat Quinn</a> <a href='/tv'>TV</a>"
                + " <time datetime='2019-11-20T00:53:52'>Nov 19, 2019, 7:53pm EST</time></div>");

    // a byline is half links, but short ones: it is not a teaser
    assertThat(extract(page, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2019-11-19"));
    assertThat(extract(page, null).dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
  }

  @Test
  void theFooterOfTheArticleHoldsItsDateButTheFooterOfThePageDoesNot() {
    String inArticle =
        article("", "<footer class='story-footer'><time>Published: Mar. 2, 2018</time></footer>");

    assertThat(extract(inArticle, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2018-03-02"));
  }

  @Test
  void theHeadlineIsTheH1ThatMatchesTheTitleNotTheLogo() {
    String page =
        "<html><head><title>Ferry timetable changes | Harbour Post</title></head><body>"
            + "<header><h1>Harbour Post</h1><p>Tuesday 3 March 2026</p></header>"
            + "<div class='non-ad-column'><h1>Ferry timetable changes</h1>"
            + "<p>Posted 14 January 2026</p>"
            + "<p>The winter timetable starts a fortnight later than usual this year, because the"
            + " northern slipway still needs repairs after the autumn storms.</p></div>"
            + "</body></html>";

    assertThat(extract(page, null).extraction().published())
        .isEqualTo(PublishedDate.parse("2026-01-14"));
  }
}
