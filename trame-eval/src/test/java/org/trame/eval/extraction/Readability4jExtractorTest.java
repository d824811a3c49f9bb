package org.trame.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trame.extract.Extraction;

class Readability4jExtractorTest {

  private final Readability4jExtractor peer = new Readability4jExtractor();

  @Test
  void extractsTheArticleOfAFixturePage() throws Exception {
    Path bridge = ExtractionEvaluationTest.fixtures().resolve("html/bridge.html.gz");

    Extraction x = peer.extract(HtmlPages.read(bridge), null);

    assertThat(x.text()).contains("harbour bridge").doesNotContain("<p>");
    assertThat(x.title()).isNotBlank();
    assertThat(x.published()).isNull(); // it reads no dates
  }

  @Test
  void keepsTrameContractOnBadInput() {
    for (String page : new String[] {null, "", "   ", "<<<>>>", "\u0000"}) {
      assertThat(peer.extract(page, "not a url")).isNotNull();
    }
    assertThat(peer.extract(null, null).text()).isEmpty();
  }
}
