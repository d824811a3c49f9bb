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
  void aStoryThatNeverToldOfTheHeadlinesSubjectIsRuledOut() throws Exception {
    List<RawArticle> articles =
        List.of(
            article(
                "fusee-1",
                "2024-01-10",
                "Le premier lancement de la fusée Vega-X encore reporté à Kourou",
                "Arianespace a annoncé un nouveau report du premier lancement de la fusée Vega-X"
                    + " depuis le pas de tir de Kourou, en Guyane. Le lancement, attendu en janvier,"
                    + " est repoussé au printemps après un incident sur le lanceur."),
            article(
                "fusee-2",
                "2024-02-12",
                "Vega-X : Arianespace fixe une nouvelle date de lancement depuis Kourou",
                "Après plusieurs reports, Arianespace vise désormais le mois d'avril pour le"
                    + " premier lancement de la fusée Vega-X depuis Kourou. Le lanceur est arrivé"
                    + " sur le pas de tir en Guyane."),
            article(
                "orion-1",
                "2024-03-01",
                "Orion : un incident à Kourou repousse encore le lancement du télescope",
                "Le lancement du télescope Orion depuis Kourou, en Guyane, est repoussé après un"
                    + " incident survenu pendant sa préparation. Arianespace annonce un report de"
                    + " plusieurs jours et un nouveau lancement sur le pas de tir."));
    try (Trame trame = Trame.open(dir)) {
      trame.ingest(articles, IngestListener.NONE);
      String rocket = trame.article("fusee-1").orElseThrow().storyId();
      assertThat(trame.article("fusee-2").orElseThrow().storyId()).isEqualTo(rocket);
      StoredArticle telescope = trame.article("orion-1").orElseThrow();
      assertThat(telescope.storyId()).isNotEqualTo(rocket);
      assertThat(telescope.assignment().stories())
          .filteredOn(c -> c.id().equals(rocket))
          .singleElement()
          .satisfies(c -> {
            assertThat(c.probability()).isZero();
            assertThat(c.features()).containsEntry(StoryEngine.SUBJECT_UNTOLD, 1.0);
            assertThat(c.features().get("centroid_cosine")).isGreaterThan(0.1);
          });
    }
  }

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

  private static final List<RawArticle> BRIDGED =
      List.of(
          article(
              "lave-1",
              "2024-03-02",
              "Le Stromboli crache de la lave",
              "Des coulées de lave descendent du Stromboli jusqu'à la mer. Sur l'île, les"
                  + " pêcheurs ont rentré leurs barques."),
          article(
              "cendres-1",
              "2024-03-02",
              "L'Etna couvre Catane de cendres",
              "Un panache de cendres de l'Etna a fermé l'aéroport de Catane : les vols sont"
                  + " annulés et les voitures couvertes de poussière noire."),
          article(
              "lave-2",
              "2024-03-03",
              "La lave du Stromboli atteint toujours la mer",
              "Le Stromboli ne faiblit pas : la lave coule vers la mer et les pêcheurs de l'île"
                  + " restent à quai."),
          article(
              "cendres-2",
              "2024-03-03",
              "Catane : l'aéroport reste fermé, cendres de l'Etna",
              "L'aéroport de Catane reste fermé à cause des cendres de l'Etna ; les vols sont"
                  + " détournés vers Palerme."),
          article(
              "double",
              "2024-03-04",
              "Stromboli et Etna : lave en mer, cendres sur Catane",
              "Le Stromboli envoie sa lave jusqu'à la mer, où les pêcheurs de l'île restent à"
                  + " quai, pendant que les cendres de l'Etna ferment l'aéroport de Catane et"
                  + " font annuler les vols."),
          article(
              "cendres-3",
              "2024-03-06",
              "L'aéroport de Catane rouvre après les cendres de l'Etna",
              "Les vols reprennent à l'aéroport de Catane, nettoyé des cendres de l'Etna."));

  /** Joins from a centroid cosine of 0.25, and merges any other story as probable. */
  private static java.util.Map<String, LinkModel> bridgingModels() {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[0] = -4;
    w[LinkFeatures.NAMES.indexOf("centroid_cosine")] = 16;
    return java.util.Map.of("story", new LinkModel(w, 0.5).mergingFrom(0.5));
  }

  @Test
  void anArticleThatBridgesTwoStoriesMergesThemIntoTheOldestAndSaysSo() throws Exception {
    try (Trame trame =
        Trame.open(
            dir,
            Trame.Options.defaults()
                .withStoryAssigner(store -> StoryEngine.with(store, bridgingModels())))) {
      trame.ingest(BRIDGED.subList(0, 4), IngestListener.NONE);
      String stromboli = trame.article("lave-1").orElseThrow().storyId();
      String etna = trame.article("cendres-1").orElseThrow().storyId();
      assertThat(trame.stories()).as("two stories before the bridge").hasSize(2);
      String etnaEvent = trame.article("cendres-2").orElseThrow().eventId();

      trame.ingest(BRIDGED.subList(4, 6), IngestListener.NONE);

      Assignment why = trame.article("double").orElseThrow().assignment();
      assertThat(why.stories())
          .as("both stories were probable for the bridge")
          .extracting(Assignment.Candidate::id)
          .contains(stromboli, etna);
      assertThat(why.storyId()).isEqualTo(stromboli);
      assertThat(why.merged()).containsExactly(etna);
      assertThat(trame.stories()).extracting(Story::id).containsExactly(stromboli);
      for (RawArticle a : BRIDGED) {
        assertThat(trame.article(a.id()).orElseThrow().storyId()).as(a.id()).isEqualTo(stromboli);
      }
      Story merged = trame.storyAsStored(etna).orElseThrow();
      assertThat(merged.mergedInto()).isEqualTo(stromboli);
      assertThat(merged.mergedBy()).isEqualTo("double");
      assertThat(trame.story(etna, null).orElseThrow().story().id())
          .as("the view of a merged story is that of the story it went to")
          .isEqualTo(stromboli);
      assertThat(trame.story(stromboli, null).orElseThrow().story().eventIds()).contains(etnaEvent);
      assertThat(trame.status().stories()).isEqualTo(1);
      assertThat(trame.status().mergedStories()).isEqualTo(1);
    }
  }

  @Test
  void twoGrownStoriesAreNotMergedByOneArticle() throws Exception {
    List<RawArticle> grown =
        List.of(
            article(
                "lave-3",
                "2024-03-03",
                "Stromboli : la lave coule toujours vers la mer",
                "Sur l'île, la lave du Stromboli descend encore vers la mer ; les pêcheurs"
                    + " gardent leurs barques à quai."),
            article(
                "cendres-3b",
                "2024-03-03",
                "Les cendres de l'Etna ferment encore l'aéroport de Catane",
                "À Catane, l'aéroport est toujours fermé par les cendres de l'Etna et les vols"
                    + " sont annulés."));
    try (Trame trame =
        Trame.open(
            dir,
            Trame.Options.defaults()
                .withStoryAssigner(store -> StoryEngine.with(store, bridgingModels())))) {
      trame.ingest(BRIDGED.subList(0, 4), IngestListener.NONE);
      trame.ingest(grown, IngestListener.NONE);
      assertThat(trame.stories()).extracting(s -> s.articleIds().size()).containsOnly(3);

      trame.ingest(BRIDGED.subList(4, 5), IngestListener.NONE);

      Assignment why = trame.article("double").orElseThrow().assignment();
      assertThat(why.stories()).filteredOn(c -> c.probability() >= 0.5).hasSize(2);
      assertThat(why.merged()).isEmpty();
      assertThat(trame.stories()).hasSize(2);
    }
  }
}
