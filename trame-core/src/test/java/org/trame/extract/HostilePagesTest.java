package org.trame.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: the extractor must return, in bounded time and stack, and never throw. Times
 * here are generous bounds against a hang, not speed figures (those are in {@code trame bench
 * extraction}).
 */
class HostilePagesTest {

  private final DensityExtractor extractor = new DensityExtractor();

  private static final Duration HANG = Duration.ofSeconds(60);

  private Extraction timed(String page) {
    long start = System.nanoTime();
    Extraction x = extractor.extract(page, "https://hostile.example/2024/01/02/page");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
    return x;
  }

  @Test
  void aHundredThousandNestedDivsDoNotOverflowTheStack() {
    int depth = 100_000;
    String page =
        "<html><head><title>Deep</title></head><body>"
            + "<div class='comment'>".repeat(depth)
            + "<p>A paragraph at the very bottom, with a comma, long enough to be prose here.</p>"
            + "<time datetime='2020-01-01'>then</time><a href='/x'>link</a>"
            + "</div>".repeat(depth)
            + "</body></html>";

    Extraction x = timed(page);

    assertThat(x.text()).contains("A paragraph at the very bottom");
    assertThat(x.title()).isEqualTo("Deep");
  }

  @Test
  void deepNestingOfEveryKindOfElementToo() {
    for (String tag : new String[] {"article", "span", "li", "table", "a", "section"}) {
      String page =
          "<html><body>"
              + ("<" + tag + " class='related'>").repeat(20_000)
              + "some words, and a date: 12 July 2023"
              + ("</" + tag + ">").repeat(20_000)
              + "</body></html>";
      assertThat(timed(page)).as(tag).isNotNull();
    }
  }

  @Test
  void aFiftyMegabytePageIsCutAndRead() {
    String paragraph =
        "<div class='story'><p>A paragraph of plain prose, long enough to count, with a comma or"
            + " two, repeated many times over.</p></div>\n";
    String page =
        "<html><head><title>Big</title></head><body>"
            + paragraph.repeat(50_000_000 / paragraph.length() + 1)
            + "</body></html>";
    assertThat(page.length()).isGreaterThan(50_000_000);

    Extraction x = timed(page);

    assertThat(x.text()).startsWith("A paragraph of plain prose");
    assertThat(x.text().length()).isLessThan(DensityExtractor.MAX_HTML_CHARS);
  }

  @Test
  void aPageThatIsOnlyScriptHasNoText() {
    String page =
        "<html><head><script>"
            + "var x = '<p>not text, only a string of a script, with commas, long enough</p>';\n"
                .repeat(10_000)
            + "</script></head><body><script>document.write(x)</script></body></html>";

    Extraction x = timed(page);

    assertThat(x.text()).isEmpty();
    assertThat(x.hasText()).isFalse();
  }

  @Test
  void aPageWithNoBody() {
    String headOnly =
        "<html><head><title>Only a head</title>"
            + "<meta property='article:published_time' content='2022-02-02'></head></html>";
    String frames =
        "<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
            + "<frame src='a.html'><frame src='b.html'></frameset></html>";

    Extraction x = timed(headOnly);
    assertThat(x.text()).isEmpty();
    assertThat(x.title()).isEqualTo("Only a head");
    assertThat(x.published()).isNotNull();
    assertThat(timed(frames).text()).isEmpty();
  }

  @Test
  void nullEmptyAndBinaryInputsGiveAnEmptyExtraction() {
    for (String page : new String[] {null, "", " \n\t ", "\u0000".repeat(1000), "<", "</p>"}) {
      DatedExtraction x = extractor.extractWithDateSource(page, null);
      assertThat(x.extraction()).isNotNull();
      assertThat(x.extraction().text()).isEmpty();
    }
  }

  @Test
  void manyDatesAndLongAttributesStayCheap() {
    String cards =
        "<li><a href='/n'>A headline of another story</a><time datetime='2020-01-01'>1 Jan</time></li>"
            .repeat(50_000);
    String page =
        "<html><body><ul>"
            + cards
            + "</ul><article class='"
            + "x ".repeat(500_000)
            + "'><h1>Title</h1><p>"
            + "Publié le 3 mars 2021, ".repeat(20_000)
            + "</p></article></body></html>";

    Extraction x = timed(page);

    assertThat(x.published()).isNotNull();
  }
}
