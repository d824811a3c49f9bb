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
  void scoresTrameAloneAndNamesWhereLinguaIsCompared() throws Exception {
    Cli run =
        Cli.run(
            "eval",
            "language",
            FIXTURES.resolve("articles.jsonl").toString(),
            FIXTURES.resolve("sentences.tsv").toString(),
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("scripts/peer-bench language");

    JsonNode figures = new ObjectMapper().readTree(run.lastLine());
    // 5 articles: whole, first 200 characters, title; and 2 sentences
    assertThat(figures.get("samples").asInt()).isEqualTo(17);
    JsonNode detectors = figures.get("detectors");
    assertThat(detectors).extracting(d -> d.get("name").asText()).containsExactly("trame");
    JsonNode trame = detectors.get(0);
    assertThat(trame.get("accuracy").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("article", "first_200", "title", "sentence");
    assertThat(trame.get("by_language").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("fr", "en", "es", "it");
    assertThat(trame.get("by_language").get("fr").get("sentence").get("texts").asInt())
        .isEqualTo(2);
    assertThat(trame.get("texts_per_s").asDouble()).isPositive();
    // the profile and the classes that read it: under a megabyte and a half
    assertThat(trame.get("distribution_bytes").asLong()).isBetween(100_000L, 1_500_000L);
    // sentences written plainly in each language: the detector should get every article
    assertThat(trame.get("accuracy").get("article").asDouble()).isEqualTo(1.0);
  }

  @Test
  void writingTheProfileFromLinguasModelsIsThePeerBenchsJob(@TempDir Path tmp) {
    Cli run =
        Cli.run(
            "eval",
            "language",
            FIXTURES.resolve("articles.jsonl").toString(),
            "--write-profile",
            tmp.resolve("profile.tsv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--write-profile");
    assertThat(tmp.resolve("profile.tsv")).doesNotExist();

    Cli help = Cli.run("eval", "language", "--help");
    // picocli wraps the help at 80 columns
    assertThat(help.out().replaceAll("\\s+", " ")).contains("`scripts/peer-bench language`");
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
