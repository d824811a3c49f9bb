package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalLanguageCommandTest {

  private static final Path FIXTURES =
      Path.of(System.getProperty("trame.root", ".."))
          .toAbsolutePath()
          .normalize()
          .resolve("trame-eval/src/test/resources/language");

  @Test
  void scoresTrameAndLinguaOnTheSameTextsAndEndsWithJson() throws Exception {
    Cli run =
        Cli.run(
            "eval",
            "language",
            FIXTURES.resolve("articles.jsonl").toString(),
            FIXTURES.resolve("sentences.tsv").toString(),
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("trame against lingua, same run");

    JsonNode figures = new ObjectMapper().readTree(run.lastLine());
    // 5 articles: whole, first 200 characters, title; and 2 sentences
    assertThat(figures.get("samples").asInt()).isEqualTo(17);
    JsonNode detectors = figures.get("detectors");
    assertThat(detectors)
        .extracting(d -> d.get("name").asText())
        .containsExactly("trame", "lingua", "lingua-low");
    for (JsonNode d : detectors) {
      assertThat(d.get("accuracy").fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder("article", "first_200", "title", "sentence");
      assertThat(d.get("by_language").fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder("fr", "en", "es", "it");
      assertThat(d.get("by_language").get("fr").get("sentence").get("texts").asInt()).isEqualTo(2);
      assertThat(d.get("texts_per_s").asDouble()).isPositive();
      assertThat(d.get("distribution_bytes").asLong()).isPositive();
    }
    JsonNode trame = detectors.get(0);
    // sentences written plainly in each language: each detector should get them all
    assertThat(trame.get("accuracy").get("article").asDouble()).isEqualTo(1.0);
    // lingua's jar of models is far larger than trame's profile
    assertThat(detectors.get(1).get("distribution_bytes").asLong())
        .isGreaterThan(10 * trame.get("distribution_bytes").asLong());
  }

  @Test
  void aMissingFileOrAnUnknownLayoutIsAUsageError(@TempDir Path tmp) throws Exception {
    Cli missing = Cli.run("eval", "language", tmp.resolve("none.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.jsonl");

    Path other = tmp.resolve("notes.txt");
    java.nio.file.Files.writeString(other, "du texte");
    Cli unknown = Cli.run("eval", "language", other.toString());
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("notes.txt");
  }
}
