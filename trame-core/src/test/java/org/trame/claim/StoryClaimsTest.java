package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.Fixtures;
import org.trame.IngestListener;
import org.trame.StoryView;
import org.trame.Trame;
import org.trame.store.StoredArticle;

/** Claims as a story view shows them, from ingested articles, whole and as of a day. */
class StoryClaimsTest {

  private static final String A000 = "000_fbe2a65f0896a790.txt";
  private static final String A001 = "001_4179a5b5388f3342.txt";
  private static final String A002 = "002_dc644bb6f1418f39.txt";
  private static final String A003 = "003_7904fc1834e44a38.txt";

  @TempDir Path data;

  private static String storyOf(Trame trame, String articleId) {
    return trame.article(articleId).orElseThrow().storyId();
  }

  @Test
  void theSeedFilmsReleaseDateShowsItsUpdatesInOrder() throws Exception {
    Optional<Path> seeds = Fixtures.shared("seeds");
    assumeThat(seeds).as("../shared/seeds").isPresent();
    try (Trame trame = Trame.open(data)) {
      trame.ingest(List.of(seeds.get()), IngestListener.NONE);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      StoryView view = trame.story(storyOf(trame, A000), null).orElseThrow();
      List<Claim> releases =
          view.claims().stream().filter(c -> c.kind() == ClaimKind.RELEASE_DATE).toList();
      assertThat(releases).hasSize(1);
      Claim release = releases.get(0);
      // "Mission Impossible 7", "Mission : Impossible 7", "le septième opus": one subject
      assertThat(release.subject()).isEqualTo("Mission Impossible 7");
      assertThat(release.values())
          .extracting(
              ClaimValue::text, ClaimValue::articleId, v -> v.said().iso(), ClaimValue::change)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("2021-11-17", A003, "2020-10", Change.FIRST),
              org.assertj.core.groups.Tuple.tuple("2023-SU", A001, "2022-12", Change.UPDATE),
              org.assertj.core.groups.Tuple.tuple("2023-07-14", A002, "2022-12-19", Change.REFINED),
              org.assertj.core.groups.Tuple.tuple("2023-07-12", A000, "2023-06", Change.UPDATE));
      assertThat(release.current().text()).isEqualTo("2023-07-12");

      // as of the first day of 2021 only 003 was out: the film was due on 17 November 2021
      StoryView then = trame.story(view.story().id(), LocalDate.of(2021, 1, 1)).orElseThrow();
      assertThat(then.articles()).extracting(StoredArticle::id).containsExactly(A003);
      assertThat(then.claims())
          .singleElement()
          .satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.RELEASE_DATE);
            assertThat(c.current().text()).isEqualTo("2021-11-17");
            assertThat(c.values()).hasSize(1);
          });

      // at the end of 2022, the summer and then its 14 July were known, not the 12
      StoryView dec = trame.story(view.story().id(), LocalDate.of(2022, 12, 31)).orElseThrow();
      Claim known = dec.claims().get(0);
      assertThat(known.values())
          .extracting(ClaimValue::text)
          .containsExactly("2021-11-17", "2023-SU", "2023-07-14");
      assertThat(known.current().text()).isEqualTo("2023-07-14");
    }
  }

  @Test
  void twoOutletsOfTheSameWeekGivingTwoTrialDatesConflictAndALaterMoveUpdates() throws Exception {
    try (Trame trame = Trame.open(data)) {
      trame.ingest(List.of(Fixtures.fixture("proces")), IngestListener.NONE);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      String story = storyOf(trame, "le-quotidien/proces-lemarchand-fixe.txt");
      assertThat(storyOf(trame, "radio-centre/lemarchand-juge-en-juin.txt")).isEqualTo(story);
      assertThat(storyOf(trame, "le-quotidien/proces-lemarchand-renvoye.txt")).isEqualTo(story);

      StoryView view = trame.story(story, null).orElseThrow();
      Claim trial =
          view.claims().stream()
              .filter(c -> c.kind() == ClaimKind.TRIAL_DATE)
              .findFirst()
              .orElseThrow();
      assertThat(trial.subject()).isEqualTo("Gérard Lemarchand");
      assertThat(trial.values())
          .filteredOn(v -> "day".equals(v.value().precision()))
          .extracting(ClaimValue::text, ClaimValue::source, ClaimValue::change)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("2024-06-12", "le-quotidien", Change.REFINED),
              org.assertj.core.groups.Tuple.tuple("2024-06-14", "radio-centre", Change.CONFLICT),
              org.assertj.core.groups.Tuple.tuple("2024-09-09", "le-quotidien", Change.UPDATE));
      assertThat(trial.current().text()).isEqualTo("2024-09-09");
      // no other kind of claim grew from "s'ouvrira": it is the trial that opens
      assertThat(view.claims()).extracting(Claim::kind).containsOnly(ClaimKind.TRIAL_DATE);

      // that week, the first word stood and the disagreement showed; nothing was dropped
      Claim then = trame.story(story, LocalDate.of(2024, 3, 10)).orElseThrow().claims().get(0);
      assertThat(then.current().text()).isEqualTo("2024-06-12");
      assertThat(then.values()).extracting(ClaimValue::change).contains(Change.CONFLICT);
    }
  }

  @Test
  void aFilmsDirectorAndBudgetChangeAcrossArticlesAndTwoOutletsOfOneWeekDisagree()
      throws Exception {
    try (Trame trame = Trame.open(data)) {
      trame.ingest(List.of(Fixtures.fixture("tournage")), IngestListener.NONE);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      String story = storyOf(trame, "cine-revue/vents-du-nord-premier-clap.txt");
      assertThat(storyOf(trame, "le-journal-des-arts/vents-du-nord-tournage-brest.txt"))
          .isEqualTo(story);
      assertThat(storyOf(trame, "cine-revue/vents-du-nord-nouveau-realisateur.txt"))
          .isEqualTo(story);
      StoryView view = trame.story(story, null).orElseThrow();

      Claim director = only(view, ClaimKind.DIRECTOR);
      assertThat(director.subject()).isEqualTo("Les Vents du Nord");
      assertThat(director.values())
          .extracting(ClaimValue::text, ClaimValue::change)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Hélène Marchetti", Change.FIRST),
              org.assertj.core.groups.Tuple.tuple("Antoine Verdier", Change.UPDATE));
      assertThat(director.current().text()).isEqualTo("Antoine Verdier");

      // two days apart, two outlets give two budgets: a conflict, the first word stands until
      // a later article moves it; nothing is dropped
      Claim budget = only(view, ClaimKind.BUDGET);
      assertThat(budget.values())
          .extracting(ClaimValue::text, ClaimValue::source, ClaimValue::change)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("40000000 EUR", "cine-revue", Change.FIRST),
              org.assertj.core.groups.Tuple.tuple(
                  "45000000 EUR", "le-journal-des-arts", Change.CONFLICT),
              org.assertj.core.groups.Tuple.tuple("52000000 EUR", "cine-revue", Change.UPDATE));
      assertThat(budget.current().text()).isEqualTo("52000000 EUR");
      assertThat(budget.current().value()).isEqualTo(new Value.Quantity(52_000_000, false, "EUR"));

      // in February the first director and the first budget stood
      StoryView feb = trame.story(story, LocalDate.of(2024, 2, 1)).orElseThrow();
      assertThat(only(feb, ClaimKind.DIRECTOR).current().text()).isEqualTo("Hélène Marchetti");
      assertThat(only(feb, ClaimKind.BUDGET).current().text()).isEqualTo("40000000 EUR");
    }
  }

  @Test
  void theSubjectOfAKindIsTheOneItsSentencesNameNotThePlaceEveryArticleNames() {
    // the river is named in every article, the Games' opening in so many words twice, and the
    // Paralympics' opening once: the Paralympics keep their own claim, with no conflict
    List<StoredArticle> story =
        List.of(
            Said.article(
                "a.txt",
                "fr",
                "2024-04-16",
                "La Seine sera le théâtre de la fête. Sur la Seine, la cérémonie d'ouverture des"
                    + " Jeux olympiques se tiendra le 26 juillet. La Seine reste un défi."),
            Said.article(
                "b.txt",
                "fr",
                "2024-05-09",
                "La flamme descendra la Seine jusqu'à Paris le 26 juillet, jour de la cérémonie"
                    + " d'ouverture des Jeux. La Seine sera prête, dit la Ville."),
            Said.article(
                "c.txt",
                "fr",
                "2024-08-12",
                "La Seine a porté les bateaux des délégations. Une foule a suivi la cérémonie"
                    + " d'ouverture sur la Seine, le 26 juillet. Les Jeux paralympiques"
                    + " s'ouvriront le 28 août. La Seine attend de nouveaux nageurs."));
    List<Claim> openings =
        new StoryClaims()
            .build(story).stream().filter(c -> c.kind() == ClaimKind.OPENING_DATE).toList();
    assertThat(openings)
        .extracting(Claim::subject, c -> c.current().text())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Jeux olympiques", "2024-07-26"),
            org.assertj.core.groups.Tuple.tuple("Jeux paralympiques", "2024-08-28"));
    assertThat(openings)
        .flatExtracting(Claim::values)
        .extracting(ClaimValue::change)
        .doesNotContain(Change.CONFLICT, Change.UPDATE);
  }

  @Test
  void aSentenceThatNamesNoSubjectSpeaksOfItsArticleNotOfAStoryTheArticleWasGluedTo() {
    List<StoredArticle> story =
        List.of(
            Said.article(
                "a.txt",
                "fr",
                "2023-10-20",
                "Ariane 6 prend du retard. Le vol inaugural d'Ariane 6 aura lieu en décembre 2024,"
                    + " a indiqué l'agence."),
            Said.article(
                "b.txt",
                "fr",
                "2023-11-02",
                "La sonde a quitté son hangar. La revue d'aptitude au lancement s'est conclue"
                    + " favorablement mardi."),
            Said.article(
                "c.txt",
                "fr",
                "2024-06-03",
                "Ariane 6 est presque prête. Son premier vol aura lieu le 9 juillet."));
    List<Claim> launches =
        new StoryClaims()
            .build(story).stream().filter(c -> c.kind() == ClaimKind.LAUNCH_DATE).toList();
    // the article that names Ariane 6 lends it its unnamed sentence; the one that never names it
    // does not (its Tuesday, 31 October, is the day of a review)
    assertThat(launches)
        .singleElement()
        .satisfies(c -> {
          assertThat(c.subject()).isEqualTo("Ariane 6");
          assertThat(c.values())
              .extracting(ClaimValue::text, ClaimValue::articleId)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple("2024-12", "a.txt"),
                  org.assertj.core.groups.Tuple.tuple("2024-07-09", "c.txt"));
        });
  }

  @Test
  void aFilmNamedByItsSubtitleOrByAPieceOfItsTitleIsStillTheFilm() {
    List<StoredArticle> story =
        List.of(
            Said.article(
                "a.txt",
                "fr",
                "2022-01-14",
                "La cascade la plus folle de « Mission: Impossible – Dead Reckoning Partie 1 »"
                    + " sera visible le 14 juillet 2023, jour de la sortie du film."),
            Said.article(
                "b.txt",
                "fr",
                "2023-06-02",
                "Nouveau calendrier. Le studio a fixé la sortie de « Dead Reckoning Partie 1 » au"
                    + " 12 juillet 2023."));
    List<Claim> releases =
        new StoryClaims()
            .build(story).stream().filter(c -> c.kind() == ClaimKind.RELEASE_DATE).toList();
    assertThat(releases)
        .singleElement()
        .satisfies(c -> {
          assertThat(c.subject()).isEqualTo("Mission Impossible");
          assertThat(c.values())
              .extracting(ClaimValue::text, ClaimValue::change)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple("2023-07-14", Change.FIRST),
                  org.assertj.core.groups.Tuple.tuple("2023-07-12", Change.UPDATE));
        });
  }

  @Test
  void aNamedPieceOfTheCentralSubjectsNameIsThatSubject() {
    List<StoredArticle> story =
        List.of(
            Said.article(
                "a.txt",
                "fr",
                "2020-04-25",
                "« Mission: Impossible 7 » est repoussé. La suite de « Mission: Impossible »"
                    + " attendra."));
    // the tagger cut the title to its last word, tied to the trigger in so many words
    StatementExtractor cut =
        a ->
            List.of(
                new Statement(
                    "Mission Impossible",
                    ClaimKind.RELEASE_DATE,
                    ClaimDates.parse("2021-07-23").orElseThrow(),
                    a.id(),
                    "la-revue",
                    a.article().published(),
                    0,
                    true),
                new Statement(
                    "Impossible",
                    ClaimKind.RELEASE_DATE,
                    ClaimDates.parse("2021-11-17").orElseThrow(),
                    a.id(),
                    "la-revue",
                    a.article().published(),
                    10,
                    true));
    assertThat(new StoryClaims(List.of(cut)).build(story))
        .singleElement()
        .satisfies(c -> assertThat(c.subject()).startsWith("Mission"));
  }

  private static Claim only(StoryView view, ClaimKind kind) {
    List<Claim> found = view.claims().stream().filter(c -> c.kind() == kind).toList();
    assertThat(found).as(kind.label()).hasSize(1);
    return found.get(0);
  }
}
