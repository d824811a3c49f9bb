package org.trame.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMetadataTest {

  private final DensityExtractor extractor = new DensityExtractor();

  @Test
  void theSiteNameLeavesTheTitleWhereverItIs() {
    assertThat(
            PageMetadata.withoutSiteName("Storm closes the pier | Coast News", "Coast News", null))
        .isEqualTo("Storm closes the pier");
    assertThat(
            PageMetadata.withoutSiteName("Storm closes the pier - Coast News", "coast news", null))
        .isEqualTo("Storm closes the pier");
    assertThat(
            PageMetadata.withoutSiteName("Coast News — Storm closes the pier", "Coast News", null))
        .isEqualTo("Storm closes the pier");
    assertThat(
            PageMetadata.withoutSiteName(
                "Storm closes the pier | CoastNews.com", "Coast News", null))
        .isEqualTo("Storm closes the pier");
    // a dash inside the headline stays
    assertThat(
            PageMetadata.withoutSiteName(
                "Mont-Blanc : la neige arrive - Alpes Matin", "Alpes Matin", null))
        .isEqualTo("Mont-Blanc : la neige arrive");
    // no site name known: the page's headline tells which part is the title
    assertThat(
            PageMetadata.withoutSiteName(
                "Storm closes the pier | Coast News", null, "Storm closes the pier"))
        .isEqualTo("Storm closes the pier");
    assertThat(PageMetadata.withoutSiteName("Cats | Dogs | Birds", null, null))
        .isEqualTo("Cats | Dogs | Birds");
  }

  @Test
  void theTitleOfAPageLosesItsSiteNameSuffix() {
    String page =
        "<html><head><title>Storm closes the pier | Coast News</title>"
            + "<meta property='og:site_name' content='Coast News'></head><body></body></html>";

    assertThat(extractor.extract(page, null).title()).isEqualTo("Storm closes the pier");
  }

  @Test
  void bylinesGiveNamesWithoutTheirWordsAndDates() {
    assertThat(PageMetadata.byline("Par Jeanne Morel, publié le 12 juillet 2023"))
        .isEqualTo("Jeanne Morel");
    assertThat(PageMetadata.byline("By Sam Ortiz and Lee Park | Updated 3 May"))
        .isEqualTo("Sam Ortiz and Lee Park");
    assertThat(PageMetadata.byline("  by Ana Ruiz\n 12/03/2021")).isEqualTo("Ana Ruiz");
    assertThat(PageMetadata.byline("https://social.example/ana")).isNull();
    assertThat(PageMetadata.byline("x".repeat(200))).isNull();
    assertThat(PageMetadata.byline("12 / 03")).isNull();
  }

  @Test
  void theAuthorComesFromTheBylineWhenNothingDeclaresIt() {
    String page =
        "<html><body><article><h1>Storm closes the pier</h1>"
            + "<div class='article-author'>Par <a href='/auteurs/ines'>Inès Caron</a></div>"
            + "<p>The pier was closed on Sunday after the storm tore planks from its deck, and"
            + " engineers will inspect the supports when the sea calms down.</p></article>"
            + "<aside><div class='author'>Par Quelqu'un d'autre</div></aside></body></html>";

    assertThat(extractor.extract(page, null).author()).isEqualTo("Inès Caron");
  }

  @Test
  void languageFromTheHtmlElementElseTheLocaleElseTheContentLanguage() {
    String locale = "<html><head><meta property='og:locale' content='de_DE'></head></html>";
    String header =
        "<html><head><meta http-equiv='content-language' content='it, en'></head></html>";
    String both =
        "<html lang='nl-BE'><head><meta property='og:locale' content='fr_FR'></head></html>";

    assertThat(extractor.extract(locale, null).language()).isEqualTo("de");
    assertThat(extractor.extract(header, null).language()).isEqualTo("it");
    assertThat(extractor.extract(both, null).language()).isEqualTo("nl");
  }
}
