package org.trame.eval.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.clean.ProfileLanguageDetector;
import org.trame.eval.language.LanguageSamples.Length;
import org.trame.eval.language.LanguageSamples.Sample;

class LanguageSamplesTest {

  private static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(LanguageSamplesTest.class.getResource("/language/" + name))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eachArticleGivesItsWholeTextItsOpeningAndItsTitle() throws IOException {
    List<Sample> samples = LanguageSamples.read(fixture("articles.jsonl"), 100);

    assertThat(samples).hasSize(15);
    assertThat(samples)
        .filteredOn(s -> s.length() == Length.TITLE)
        .extracting(Sample::text)
        .contains(
            "Le marché couvert rouvre ses portes",
            // no title field: the first line of the text is the title
            "Une nouvelle ligne de bus pour le quartier nord",
            // a URL is no title: the line after it is
            "The covered market reopens its doors");
    assertThat(samples)
        .filteredOn(s -> s.length() == Length.FIRST_200)
        .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(200));
    assertThat(samples).extracting(Sample::language).containsOnly("fr", "en", "es", "it");
  }

  @Test
  void sentencesOfAHipeFileCarryItsLanguage() throws IOException {
    List<Sample> samples = LanguageSamples.read(fixture("sentences.tsv"), 100);

    assertThat(samples)
        .extracting(Sample::text)
        .containsExactly(
            "Le marché de Lyon ouvre tôt.", "Les étals ferment à midi, sauf le dimanche.");
    assertThat(samples).extracting(Sample::language).containsOnly("fr");
    assertThat(samples).extracting(Sample::length).containsOnly(Length.SENTENCE);
  }

  @Test
  void aLimitTakesSamplesSpreadOverTheFile() {
    assertThat(LanguageSamples.spread(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 3))
        .containsExactly(0, 3, 6);
    assertThat(LanguageSamples.cut("un deux trois quatre", 10)).isEqualTo("un deux");
  }

  @Test
  void aFileOfAnotherKindIsNamedInTheError(@TempDir Path tmp) throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "rien");
    assertThatThrownBy(() -> LanguageSamples.read(notes, 10)).hasMessageContaining("notes.txt");
    Path noLang =
        Files.writeString(tmp.resolve("x.jsonl"), "{\"id\":\"a\",\"text\":\"Un texte.\"}\n");
    assertThatThrownBy(() -> LanguageSamples.read(noLang, 10))
        .hasMessageContaining("x.jsonl")
        .hasMessageContaining("\"lang\"");
  }

  @Test
  void theEvaluationCountsRightWrongAndUndeterminedPerLanguageAndLength() {
    List<Sample> samples =
        List.of(
            new Sample("s", "fr", Length.TITLE, "Le marché couvert rouvre ses portes"),
            new Sample("s", "en", Length.TITLE, "The covered market reopens its doors"),
            // labelled Italian, but written in German: a mistake for any detector
            new Sample("s", "it", Length.TITLE, "Der Markt öffnet wieder seine Türen"),
            new Sample("s", "it", Length.TITLE, "2024"));

    LanguageEvaluation.Result r =
        LanguageEvaluation.run("trame", ProfileLanguageDetector::standard, samples);

    assertThat(r.texts()).isEqualTo(4);
    assertThat(r.accuracy(Length.TITLE)).isEqualTo(0.5);
    assertThat(r.accuracy(Length.ARTICLE)).isNaN();
    LanguageEvaluation.Cell italian =
        r.cells().stream().filter(c -> c.language().equals("it")).findFirst().orElseThrow();
    assertThat(italian.texts()).isEqualTo(2);
    assertThat(italian.correct()).isZero();
    assertThat(italian.undetermined()).isEqualTo(1);
    assertThat(r.mistakes()).containsEntry("it→de", 1).containsEntry("it→und", 1);
  }
}
