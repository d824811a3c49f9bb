package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.store.StoredArticle;

/** The engine in the real pipeline over a real store: articles written for this test. */
class StoryEngineTest {

  @TempDir Path dir;

  private static RawArticle article(String id, String date, String title, String text) {
    return new RawArticle(id, "test", null, title, null, text, PublishedDate.parse(date), "fr", id);
  }

  private static final List<RawArticle> TWO_SUBJECTS =
      List.of(
          article(
              "volcan-1",
              "2024-03-02",
              "Le volcan Stromboli entre en éruption",
              "Le Stromboli est entré en éruption samedi. Les coulées de lave ont atteint la mer"
                  + " et les habitants de l'île éolienne ont été évacués par la protection civile"
                  + " italienne."),
          article(
              "budget-1",
              "2024-03-02",
              "Le conseil municipal de Lyon vote son budget",
              "Le conseil municipal de Lyon a voté samedi un budget en hausse, porté par les"
                  + " investissements dans les écoles et les transports en commun de la ville."),
          article(
              "volcan-2",
              "2024-03-03",
              "Stromboli : la lave menace les villages de l'île",
              "Au lendemain de l'éruption du Stromboli, la lave progresse vers les villages."
                  + " La protection civile italienne poursuit l'évacuation de l'île éolienne."),
          article(
              "budget-2",
              "2024-03-04",
              "Lyon : l'opposition critique le budget municipal",
              "L'opposition au conseil municipal de Lyon juge le budget voté samedi trop"
                  + " dépensier, malgré les investissements promis aux écoles et aux transports."),
          article(
              "volcan-3",
              "2024-03-05",
              "Le Stromboli se calme, retour des habitants",
              "L'éruption du Stromboli faiblit. Les habitants évacués de l'île éolienne"
                  + " regagnent leurs villages, la lave ayant cessé d'atteindre la mer."));

  @Test
  void articlesOfTwoSubjectsMakeTwoStoriesWithTheirEvidence() throws Exception {
    try (Trame trame = Trame.open(dir)) {
      trame.ingest(TWO_SUBJECTS, IngestListener.NONE);

      StoredArticle v1 = trame.article("volcan-1").orElseThrow();
      StoredArticle v3 = trame.article("volcan-3").orElseThrow();
      StoredArticle b2 = trame.article("budget-2").orElseThrow();
      assertThat(v3.storyId()).isEqualTo(v1.storyId());
      assertThat(b2.storyId()).isEqualTo(trame.article("budget-1").orElseThrow().storyId());
      assertThat(b2.storyId()).isNotEqualTo(v1.storyId());
      assertThat(trame.stories()).hasSize(2);

      Assignment why = v3.assignment();
      assertThat(why.stories()).isNotEmpty();
      Assignment.Candidate chosen = why.stories().get(0);
      assertThat(chosen.id()).isEqualTo(v1.storyId());
      assertThat(chosen.probability())
          .isCloseTo(why.score(), org.assertj.core.api.Assertions.within(1e-4));
      assertThat(chosen.features())
          .containsKeys("centroid_cosine", "entity_share", "time_gap")
          .doesNotContainKey("bias");
      assertThat(chosen.features().get("centroid_cosine")).isGreaterThan(0.2);
    }
  }

  @Test
  void profilesAreKeptInTheStoreSoAReopenedEngineDecidesAsOneRunWould() throws Exception {
    List<RawArticle> first = TWO_SUBJECTS.subList(0, 4);
    RawArticle last = TWO_SUBJECTS.get(4);
    Path once = dir.resolve("once");
    Path twice = dir.resolve("twice");
    Assignment inOneRun;
    try (Trame trame = Trame.open(once)) {
      trame.ingest(TWO_SUBJECTS, IngestListener.NONE);
      inOneRun = trame.article(last.id()).orElseThrow().assignment();
    }
    try (Trame trame = Trame.open(twice)) {
      trame.ingest(first, IngestListener.NONE);
    }
    try (Trame trame = Trame.open(twice)) {
      trame.ingest(List.of(last), IngestListener.NONE);
      Assignment afterReopening = trame.article(last.id()).orElseThrow().assignment();

      assertThat(afterReopening.storyId()).isEqualTo(inOneRun.storyId());
      assertThat(afterReopening.eventId()).isEqualTo(inOneRun.eventId());
      // what the profiles say is the same; cosines to single articles may differ a little, as
      // an article still pending was weighted with the IDF of its own arrival
      for (String feature :
          List.of("centroid_cosine", "relative_cosine", "entity_share", "entity_missing")) {
        assertThat(afterReopening.stories().get(0).features().get(feature))
            .as(feature)
            .isEqualTo(inOneRun.stories().get(0).features().get(feature));
      }
    }
  }

  @Test
  void anEngineOnTheGoldPathReportsEachCandidateWithWhetherItIsRight() throws Exception {
    java.util.Map<String, String> gold =
        java.util.Map.of(
            "volcan-1", "v", "volcan-2", "v", "volcan-3", "v", "budget-1", "b", "budget-2", "b");
    List<String> examples = new java.util.ArrayList<>();
    Teacher teacher =
        new Teacher() {
          @Override
          public String label(String level, String articleId) {
            return level.equals("story") ? gold.get(articleId) : null;
          }

          @Override
          public void example(String level, String articleId, double[] features, boolean belongs) {
            examples.add(articleId + " " + belongs);
          }
        };
    try (Trame trame =
        Trame.open(
            dir,
            Trame.Options.defaults()
                .withStoryAssigner(store -> StoryEngine.training(store, teacher)))) {
      trame.ingest(TWO_SUBJECTS, IngestListener.NONE);

      assertThat(trame.stories()).hasSize(2);
    }
    assertThat(examples).contains("volcan-3 true", "budget-2 true");
    assertThat(examples).doesNotContain("volcan-1 true", "volcan-1 false");
  }
}
