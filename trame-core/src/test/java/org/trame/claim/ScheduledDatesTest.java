package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.TestArticles;
import org.trame.analysis.ArticleAnalyser;
import org.trame.analysis.ner.NameTagger;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.Article;
import org.trame.store.StoredArticle;

class ScheduledDatesTest {

  private static final ArticleAnalyser FRENCH =
      ArticleAnalyser.of(NameTagger.french(), new RuleTimeTagger());
  private static final ArticleAnalyser ENGLISH =
      ArticleAnalyser.of(NameTagger.english(), new RuleTimeTagger());

  private final ScheduledDates extractor = new ScheduledDates();

  private static StoredArticle stored(ArticleAnalyser analyser, String date, String text) {
    Article a = TestArticles.article("a.txt", "la-revue", "fr", date, "Titre", text);
    return new StoredArticle(a, analyser.analyse(a), null, "s-1", "e-1", null);
  }

  private List<String> values(String date, String text) {
    return extractor.extract(stored(FRENCH, date, text)).stream()
        .map(s -> s.kind().label() + " " + s.value().text())
        .toList();
  }

  @Test
  void aReleaseDateIsTheDateBesideTheReleaseWord() {
    List<Statement> found =
        extractor.extract(
            stored(
                FRENCH,
                "2023-06",
                "Le tournage a duré deux ans. Le film sortira dans les salles le 12 juillet 2023."));
    assertThat(found)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.kind()).isEqualTo(ClaimKind.RELEASE_DATE);
          assertThat(s.value().text()).isEqualTo("2023-07-12");
          assertThat(s.said().iso()).isEqualTo("2023-06");
          assertThat(s.articleId()).isEqualTo("a.txt");
          assertThat(s.source()).isEqualTo("la-revue");
        });
  }

  @Test
  void theDayTheNewsWasToldIsNotTheSchedule() {
    assertThat(
            values(
                "2022-12",
                "Ce lundi 19 décembre, le studio a dévoilé une bande-annonce du film, qui sortira"
                    + " cet été en salles."))
        // "cet été" resolves to the summer gone; a future schedule means the next one
        .containsExactly("release_date 2023-SU");
  }

  @Test
  void aDateDeniedOrOnlyFirstPlannedIsNotTheSchedule() {
    assertThat(
            values(
                "2022-01",
                "Le studio a annoncé que le film ne sortira pas le 30 septembre 2022, comme prévu,"
                    + " mais le 14 juillet 2023."))
        .containsExactly("release_date 2023-07-14");
    assertThat(
            values(
                "2020-04",
                "Initialement attendu le 23 juillet 2021, le film arrivera dans les salles le 17"
                    + " novembre 2021."))
        .containsExactly("release_date 2021-11-17");
    assertThat(values("2020-04", "La sortie a été repoussée du 17 novembre 2021 au 27 mai 2022."))
        .containsExactly("release_date 2022-05-27");
  }

  @Test
  void aDateToComeIsTakenBeforeThePastDayTheNewsWasTold() {
    assertThat(
            values(
                "2021-11-23",
                "La NASA a annoncé lundi soir que le lancement du télescope était reporté au 22"
                    + " décembre."))
        .containsExactly("launch_date 2021-12-22");
  }

  @Test
  void whatRunsSinceADateOrHasNoScheduleWordStatesNothing() {
    assertThat(
            values(
                "2022-12-19",
                "Le making-of est montré dans les salles IMAX depuis le 15 décembre dernier."))
        .isEmpty();
    assertThat(values("2022-12", "La scène a été tournée en Norvège en septembre 2020.")).isEmpty();
  }

  @Test
  void aTrialThatWillOpenIsATrialDateNotAnOpening() {
    assertThat(
            values(
                "2024-03-04",
                "Le procès de Gérard Lemarchand s'ouvrira le 12 juin 2024 devant le tribunal"
                    + " correctionnel de Lyon."))
        .containsExactly("trial_date 2024-06-12");
    assertThat(
            values(
                "2024-03-04",
                "Le nouveau musée des Confluences ouvrira ses portes le 20 décembre 2024."))
        .containsExactly("opening_date 2024-12-20");
  }

  @Test
  void englishSchedulesToo() {
    List<Statement> found =
        extractor.extract(
            stored(
                ENGLISH,
                "2023-05-02",
                "Paramount said the film will be released in theaters on July 12, 2023. The vote"
                    + " is scheduled for June 8."));
    assertThat(found)
        .extracting(s -> s.kind().label() + " " + s.value().text())
        .containsExactly("release_date 2023-07-12", "vote_date 2023-06-08");
  }

  @Test
  void theSubjectIsTheNearestNameOfAFittingType() {
    List<Statement> found =
        extractor.extract(
            stored(
                FRENCH,
                "2024-03-04",
                "Selon son avocat, Gérard Lemarchand sera jugé le 14 juin 2024 à Lyon."));
    assertThat(found).singleElement().extracting(Statement::subject).isEqualTo("Gérard Lemarchand");
  }

  private List<String> subjects(String date, String text) {
    return extractor.extract(stored(FRENCH, date, text)).stream()
        .map(s -> s.subject() + (s.named() ? " (named)" : "") + " " + s.value().text())
        .toList();
  }

  @Test
  void theNameTheTriggerGovernsOrThatStandsRightBeforeItIsNamedAsTheSubject() {
    assertThat(
            subjects(
                "2024-04-02",
                "Sur les quais, la cérémonie d'ouverture des Jeux olympiques se tiendra le 26"
                    + " juillet."))
        .containsExactly("Jeux olympiques (named) 2024-07-26");
    assertThat(
            subjects(
                "2024-08-12",
                "Place de la Concorde accueillera la fête, et les Jeux paralympiques s'ouvriront"
                    + " le 28 août."))
        .containsExactly("Jeux paralympiques (named) 2024-08-28");
  }

  @Test
  void aPlaceWhereItHappensIsNotTheSubjectButTheNameItCompletesIs() {
    // the nearest names are the river (where) and Paris (which Games): neither is what opens
    assertThat(
            subjects(
                "2021-12-14",
                "Les organisateurs des Jeux olympiques de Paris ont dévoilé leur projet de"
                    + " cérémonie d'ouverture, prévue le 26 juillet 2024 sur la Seine."))
        .containsExactly("Jeux olympiques 2024-07-26");
    // a place's vote is that place's, though
    assertThat(subjects("2024-05-02", "Un référendum aura lieu en Nouvelle-Calédonie le 12 mai."))
        .containsExactly("Nouvelle-Calédonie 2024-05-12");
  }

  @Test
  void theVehicleOfALaunchIsNotWhatItLaunches() {
    assertThat(
            subjects(
                "2021-11-02",
                "Le télescope décollera le 25 décembre 2021 à bord d'une Ariane 5 depuis Kourou."))
        .containsExactly("null 2021-12-25");
    assertThat(subjects("2021-11-02", "Le décollage d'Ariane 5 est visé pour le 25 décembre."))
        .containsExactly("Ariane 5 (named) 2021-12-25");
  }

  @Test
  void whoTellsTheNewsIsNotWhatItIsAbout() {
    assertThat(
            subjects(
                "2021-11-23",
                "La NASA a annoncé lundi soir que le lancement était reporté au 22 décembre."))
        .containsExactly("null 2021-12-22");
  }

  @Test
  void aNameInAppositionBeforeItsTriggerIsTheSubject() {
    assertThat(
            extractor
                .extract(
                    stored(
                        ENGLISH,
                        "2022-07-12",
                        "The Hubble Space Telescope, launched in April 1990 on the shuttle"
                            + " Discovery, is a partnership between NASA and the European Space"
                            + " Agency."))
                .stream()
                .map(s -> s.subject() + (s.named() ? " (named)" : "") + " " + s.value().text()))
        .containsExactly("Hubble Space Telescope (named) 1990-04");
  }

  @Test
  void whatWasGivenUpIsNoSchedule() {
    assertThat(
            values(
                "2022-10-20",
                "Au printemps, l'agence avait déjà dû renoncer à un lancement en 2022, faute"
                    + " d'essais."))
        .isEmpty();
    assertThat(values("2022-10-20", "L'agence vise désormais un lancement en 2023."))
        .containsExactly("launch_date 2023");
  }

  @Test
  void thePlanOfWhatIsCalledOffIsNoSchedule() {
    assertThat(
            values(
                "2020-03-16",
                "Le président a annoncé le report du second tour des élections, prévu dimanche"
                    + " prochain, à une date inconnue."))
        .isEmpty();
    assertThat(
            values(
                "2020-03-16",
                "Le gouvernement a confirmé le second tour des élections, prévu dimanche"
                    + " prochain."))
        .containsExactly("vote_date 2020-03-22");
  }

  @Test
  void daysListedTogetherAreNoScheduleNorIsTheFirstPlanOfLongAgo() {
    assertThat(
            values(
                "2024-07-30",
                "Les averses de vendredi et samedi, pendant et après la cérémonie d'ouverture, ont"
                    + " sali le fleuve."))
        .isEmpty();
    // one day said twice is no list
    assertThat(values("2024-07-10", "Le lancement a eu lieu hier, mardi 9 juillet, à Kourou."))
        .containsExactly("launch_date 2024-07-09");
    assertThat(
            values(
                "2021-11-23",
                "Bien avant les retards, les premiers calendriers visaient un lancement dès"
                    + " 2007."))
        .isEmpty();
  }

  @Test
  void aMaidenFlightIsALaunchAndAWindowIsTheSmallestPeriodThatHoldsIt() {
    assertThat(
            values(
                "2023-11-30",
                "L'agence a fait savoir ce jeudi que le vol inaugural d'Ariane 6 se tiendrait entre"
                    + " le 15 juin et le 31 juillet 2024."))
        .containsExactly("launch_date 2024-SU");
    assertThat(
            values(
                "2020-10-30",
                "Ariane 6 n'effectuera pas son premier vol avant le deuxième trimestre 2022."))
        .containsExactly("launch_date 2022-Q2");
    assertThat(
            extractor.extract(
                stored(
                    ENGLISH,
                    "2024-07-10",
                    "The new rocket lifted off for the first time on Tuesday from Kourou.")))
        .extracting(s -> s.kind().label() + " " + s.value().text())
        .containsExactly("launch_date 2024-07-09");
    // a month gone by, told of nothing named, is some past happening; a day is kept
    assertThat(
            values(
                "2022-10-20",
                "La petite fusée, qui a réussi son vol inaugural en juillet, reste limitée."))
        .isEmpty();
    assertThat(values("2024-07-10", "La nouvelle fusée a décollé hier, mardi 9 juillet."))
        .containsExactly("launch_date 2024-07-09");
    // the first commercial flight is another launch than the first one
    assertThat(values("2024-07-10", "Le premier vol commercial est visé pour décembre 2024."))
        .isEmpty();
  }

  @Test
  void aPlanOfBeforeToldAsHistoryIsNotTheSchedule() {
    // the pluperfect tells the plan of before, the future the plan of now
    assertThat(
            values(
                "2024-01-15",
                "Le lancement, qui avait d'abord été annoncé pour mars 2025, aura finalement lieu"
                    + " en juin 2025."))
        .containsExactly("launch_date 2025-06");
    // the steps on either side of "puis"
    assertThat(
            values(
                "2024-06-03",
                "Attendu en septembre 2024, puis en décembre 2024, le lancement est désormais visé"
                    + " pour mars 2025."))
        .containsExactly("launch_date 2025-03");
    // a year over before the article was written
    assertThat(
            extractor.extract(
                stored(
                    ENGLISH,
                    "2024-07-10",
                    "When the rocket was approved in 2014, a first flight was pencilled in for"
                        + " 2020.")))
        .isEmpty();
    // what will not happen on a date
    assertThat(values("2022-06-14", "Le premier vol n'aura pas lieu en 2022, a admis l'agence."))
        .isEmpty();
  }

  @Test
  void aReopeningIsAnOpening() {
    assertThat(
            values(
                "2023-12-17",
                "La réouverture de la cathédrale au public reste fixée au 8 décembre 2024."))
        .containsExactly("opening_date 2024-12-08");
    assertThat(values("2024-11-04", "Le musée rouvrira ses portes le 3 mars 2025."))
        .containsExactly("opening_date 2025-03-03");
  }

  @Test
  void aDateBeforeItsTriggerInAnotherClauseIsNotItsDate() {
    assertThat(
            values(
                "2023-05-02",
                "Ils comptent sur un texte examiné par les députés le 8 juin, et sur une demande"
                    + " de référendum."))
        .isEmpty();
    assertThat(values("2023-05-02", "Le 12 juillet, le film sortira dans les salles."))
        .containsExactly("release_date 2023-07-12");
    assertThat(
            extractor.extract(
                stored(
                    ENGLISH,
                    "2024-07-10",
                    "Ariane 5 flew for the last time in July 2023, forcing Europe to buy"
                        + " launches from SpaceX.")))
        .isEmpty();
    // a preposition that ends like a participle opens none
    assertThat(values("2024-06-02", "Le 9 juillet, pendant la fenêtre de tir, Ariane 6 décollera."))
        .containsExactly("launch_date 2024-07-09");
  }

  @Test
  void aSpanHappensOnItsFirstDayUnlessItTellsAMove() {
    assertThat(
            values(
                "2025-06-02",
                "Le procès des dirigeants se tiendra du 8 septembre au 3 octobre 2025 à Paris."))
        .containsExactly("trial_date 2025-09-08");
    assertThat(
            values(
                "2025-06-02",
                "Le procès a été repoussé du 8 septembre au 3 octobre 2025, faute de salle."))
        .containsExactly("trial_date 2025-10-03");
  }
}
