package org.trame.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.extract.DensityExtractor;
import org.trame.extract.Extraction;

class ExtractionEvaluationTest {

  /** Two pages of our own in the benchmark's layout. */
  static Path fixtures() {
    try {
      return Path.of(
          Objects.requireNonNull(ExtractionEvaluationTest.class.getResource("/extraction"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scoresTheDensityExtractorOnTheFixturesAsWorkedOutByHand(@TempDir Path tmp) throws Exception {
    // bridge: the gold leaves out the subheading "Work finished early"; the extractor keeps it,
    //   which breaks the 3 gold shingles across it and adds 6: 108 gold, 111 predicted, 105 shared
    // market: the three paragraphs of the <article>, exactly
    Path out = tmp.resolve("predictions.json");
    ExtractionEvaluation.Result r =
        ExtractionEvaluation.run(fixtures(), new DensityExtractor(), out);

    assertThat(r.pages())
        .extracting(ExtractionEvaluation.PageResult::id)
        .containsExactly("bridge", "market");
    assertThat(r.pages().get(0).score().precision()).isCloseTo(105.0 / 111, within(1e-12));
    assertThat(r.pages().get(0).score().recall()).isCloseTo(105.0 / 108, within(1e-12));
    assertThat(r.pages().get(1).score().precision()).isEqualTo(1.0);
    assertThat(r.precision()).isCloseTo((105.0 / 111 + 1) / 2, within(1e-12));
    assertThat(r.recall()).isCloseTo((105.0 / 108 + 1) / 2, within(1e-12));
    assertThat(r.f1()).isCloseTo(0.9795, within(1e-4));
    assertThat(r.extractionNanos()).isPositive();
    assertThat(r.msPerPage()).isCloseTo(r.extractionNanos() / 2e6, within(1e-9));

    JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertThat(written.size()).isEqualTo(2);
    assertThat(written.get("market").get("articleBody").asText())
        .startsWith("Le marché couvert a rouvert");
  }

  @Test
  void passesEachPagesUrlAndWritesNothingUnlessAsked() throws Exception {
    List<String> urls = new ArrayList<>();
    ExtractionEvaluation.Result r =
        ExtractionEvaluation.run(
            fixtures(),
            (html, url) -> {
              urls.add(url);
              return Extraction.empty(url);
            },
            null);

    assertThat(urls)
        .containsExactly(
            "https://gazette.example/news/harbour-bridge-reopens",
            "https://marche.example/couvert");
    // nothing predicted: no page counts for precision, recall is zero
    assertThat(r.score().precisionPages()).isZero();
    assertThat(r.recall()).isZero();
    assertThat(r.f1()).isZero();
  }

  @Test
  void refusesAFolderThatIsNotABenchmark(@TempDir Path tmp) throws Exception {
    assertThat(ExtractionEvaluation.isBenchmark(tmp)).isFalse();
    assertThatThrownBy(() -> ExtractionEvaluation.run(tmp, new DensityExtractor(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ground-truth.json");
    Files.createDirectory(tmp.resolve("html"));
    Files.writeString(tmp.resolve("ground-truth.json"), "{");
    assertThatThrownBy(() -> ExtractionEvaluation.run(tmp, new DensityExtractor(), null))
        .hasMessageContaining("ground-truth.json");
  }
}
