package org.trame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.Article;
import org.trame.clean.Languages;
import org.trame.store.StoreCounts;
import org.trame.store.StoreCounts.LanguageCount;

/**
 * Articles in languages trame is not set to process are stored, analysed as far as can be, flagged.
 */
class LanguagesIngestTest {

  @TempDir Path data;

  @Test
  void aGermanArticleIsStoredAndFlaggedWhenOnlyFrenchAndEnglishAreSet() throws Exception {
    try (Trame trame = Trame.open(data)) {
      IngestReport report = trame.ingest(List.of(Fixtures.fixture("langues")), IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      assertThat(report.stored()).isEqualTo(6);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      Article german = trame.article("hafen-de.txt").orElseThrow().article();
      assertThat(german.language()).isEqualTo("de");
      assertThat(german.languageSupported()).isFalse();
      assertThat(german.title()).isEqualTo("Der Hafen von Kiel bekommt einen neuen Kai");

      Article french = trame.article("port-fr.txt").orElseThrow().article();
      assertThat(french.language()).isEqualTo("fr");
      assertThat(french.languageSupported()).isTrue();

      assertThat(trame.article("puerto-es.txt").orElseThrow().article().language()).isEqualTo("es");
      assertThat(trame.article("gang-zh.txt").orElseThrow().article().language()).isEqualTo("zh");
      assertThat(trame.article("mina-ar.txt").orElseThrow().article().language()).isEqualTo("ar");
      Article figures = trame.article("chiffres.txt").orElseThrow().article();
      assertThat(figures.language()).isEqualTo("und");
      assertThat(figures.languageSupported()).isFalse();

      StoreCounts counts = trame.status();
      assertThat(counts.languages())
          .containsEntry("fr", new LanguageCount(1, 0))
          .containsEntry("de", new LanguageCount(1, 1))
          .containsEntry("es", new LanguageCount(1, 1))
          .containsEntry("zh", new LanguageCount(1, 1))
          .containsEntry("ar", new LanguageCount(1, 1))
          .containsEntry("und", new LanguageCount(1, 1))
          .hasSize(6);
      // unsupported articles still get a story of their own
      assertThat(trame.article("gang-zh.txt").orElseThrow().storyId()).isNotNull();
    }
  }

  @Test
  void theLanguagesSetAtOpenDecideWhatIsSupported() throws Exception {
    try (Trame trame = Trame.open(data, Languages.parse("fr,de"))) {
      trame.ingest(List.of(Fixtures.fixture("langues")), IngestListener.NONE);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      assertThat(trame.article("hafen-de.txt").orElseThrow().article().languageSupported())
          .isTrue();
      assertThat(trame.article("puerto-es.txt").orElseThrow().article().languageSupported())
          .isFalse();
      assertThat(trame.status().languages().get("de")).isEqualTo(new LanguageCount(1, 0));
    }
    // counts come back from the index when a store is opened again
    try (Trame trame = Trame.open(data, Languages.parse("fr"))) {
      assertThat(trame.status().languages().get("es")).isEqualTo(new LanguageCount(1, 1));
      assertThat(trame.status().languages().get("fr")).isEqualTo(new LanguageCount(1, 0));
    }
  }
}
