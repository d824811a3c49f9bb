package org.trame.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trame.TestArticles;
import org.trame.analysis.Analysis;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

class StoryTimelineTest {

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  private StoredArticle stored(String id, String date, String title, String text) {
    Article a = TestArticles.article(id, date, title, text);
    return new StoredArticle(
        a,
        new Analysis(List.of(), tagger.tag(a.fullText(), a.published())),
        null,
        "s-1",
        "e-" + id,
        null);
  }

  private static List<Event> events(Map<String, StoredArticle> articles) {
    return articles.values().stream()
        .map(a ->
            new Event(
                a.eventId(),
                "s-1",
                a.article().title(),
                List.of(a.id()),
                a.article().published(),
                a.article().published()))
        .toList();
  }

  /** The timeline's statements (no event entries) of these articles, all dates kept. */
  private static List<TimelineEntry> statements(StoredArticle... articles) {
    Map<String, StoredArticle> all = byId(articles);
    return new StoryTimeline()
        .build(events(all), all).stream()
            .filter(t -> t.kind() == TimelineEntry.Kind.STATEMENT)
            .toList();
  }

  private static Map<String, StoredArticle> byId(StoredArticle... articles) {
    Map<String, StoredArticle> map = new LinkedHashMap<>();
    for (StoredArticle a : articles) {
      map.put(a.id(), a);
    }
    return map;
  }

  private final StoredArticle announce =
      stored(
          "1",
          "2021-03-02",
          "Un pont pour la vallée",
          "Le maire annonce que le nouveau pont ouvrira le 15 juin 2021. Les travaux coûtent cher.");
  private final StoredArticle repeat =
      stored(
          "2",
          "2021-04-10",
          "Le chantier avance",
          "Selon la mairie, le nouveau pont ouvrira le 15 juin 2021 aux piétons.");
  private final StoredArticle opened =
      stored(
          "3",
          "2021-06-16",
          "Inauguration",
          "Le nouveau pont a ouvert hier, comme le maire l'avait annoncé.");

  @Test
  void theSameFactToldThriceIsOneEntryAnnouncedThenConfirmed() {
    Map<String, StoredArticle> all = byId(announce, repeat, opened);
    List<TimelineEntry> timeline = new StoryTimeline().build(events(all), all);

    List<TimelineEntry> opening =
        timeline.stream().filter(t -> t.date().iso().equals("2021-06-15")).toList();
    assertThat(opening)
        .singleElement()
        .satisfies(t -> {
          assertThat(t.kind()).isEqualTo(TimelineEntry.Kind.STATEMENT);
          assertThat(t.sources()).containsExactlyInAnyOrder("1", "2", "3");
          assertThat(t.announced()).isTrue();
          assertThat(t.status()).isEqualTo(TimelineEntry.Status.CONFIRMED);
          assertThat(t.eventId()).isNull();
        });
    // each article's own event, on its publication day
    assertThat(timeline)
        .filteredOn(t -> t.kind() == TimelineEntry.Kind.EVENT)
        .extracting(t -> t.date().iso())
        .containsExactly("2021-03-02", "2021-04-10", "2021-06-16");
    assertThat(timeline).extracting(TimelineEntry::date).isSorted();
  }

  @Test
  void aDateTheSentenceDeniesIsNoEntry() {
    StoredArticle moved =
        stored(
            "4",
            "2021-05-03",
            "Le pont attendra",
            "Le nouveau pont n'ouvrira pas le 15 juin 2021, mais le 20 septembre 2021.");
    assertThat(statements(moved)).extracting(t -> t.date().iso()).containsExactly("2021-09-20");
  }

  @Test
  void aSentenceThatNamesTwoDatesIsToldOnceWhenTheOtherDateHasAnEntryOfItsOwn() {
    StoredArticle plans =
        stored(
            "5",
            "2021-03-02",
            "Deux chantiers",
            "Le pont ouvrira le 15 juin 2021 et le tunnel le 20 septembre 2021. Les engins du"
                + " tunnel partiront le 20 septembre 2021 au matin.");
    Map<String, StoredArticle> all = byId(plans);
    List<TimelineEntry> timeline =
        new StoryTimeline()
            .build(events(all), all, 3).stream()
                .filter(t -> t.kind() == TimelineEntry.Kind.STATEMENT)
                .toList();
    assertThat(timeline)
        .extracting(t -> t.date().iso())
        .containsExactly("2021-06-15", "2021-09-20");
    assertThat(timeline.get(1).text()).contains("engins");
  }

  @Test
  void beforeTheDayItIsOnlyAnnounced() {
    Map<String, StoredArticle> early = byId(announce, repeat);
    TimelineEntry opening =
        new StoryTimeline()
            .build(events(early), early).stream()
                .filter(t -> t.date().iso().equals("2021-06-15"))
                .findFirst()
                .orElseThrow();
    assertThat(opening.status()).isEqualTo(TimelineEntry.Status.ANNOUNCED);
    assertThat(opening.sources()).containsExactly("1", "2");
  }

  @Test
  void aBudgetKeepsTheDateMostArticlesName() {
    Map<String, StoredArticle> all = byId(announce, repeat, opened);
    List<TimelineEntry> one = new StoryTimeline().build(events(all), all, 1);
    assertThat(one)
        .singleElement()
        .satisfies(t -> assertThat(t.date().iso()).isEqualTo("2021-06-15"));
    assertThat(new StoryTimeline().build(events(all), all, 0)).hasSizeGreaterThan(1);
  }

  @Test
  void aBudgetPrefersADayWithinTheStoryToOneAfterItsLastArticle() {
    // two articles name the opening to come, one the start of the works: the story ends in March,
    // so the June day, never reported as done, comes after the day the works began
    StoredArticle first =
        stored("1", "2021-03-02", "Un pont", "Le pont ouvrira le 15 juin 2021 aux voitures.");
    StoredArticle second =
        stored(
            "2",
            "2021-03-05",
            "Le chantier",
            "Les travaux ont commencé le 1er mars 2021. Le pont ouvrira le 15 juin 2021.");
    Map<String, StoredArticle> all = byId(first, second);
    assertThat(new StoryTimeline().build(events(all), all, 1))
        .singleElement()
        .satisfies(t -> assertThat(t.date().iso()).isEqualTo("2021-03-01"));
  }

  @Test
  void aGiganticPageNamesADateWithLessThanOneArticlesVote() {
    // two scraped pages of a whole site name the closing, one article the reopening: each page is
    // ten articles long, so its vote weighs a tenth
    String site = " Météo du jour et programme de la semaine.".repeat(2_500);
    StoredArticle page =
        stored("1", "2021-06-01", "Chronique", "La passerelle a été fermée le 3 mai 2021." + site);
    StoredArticle other =
        stored(
            "2", "2021-06-02", "Brève", "La passerelle, fermée le 3 mai 2021, reste close." + site);
    StoredArticle article =
        stored("3", "2021-06-03", "Note", "La passerelle a été rouverte le 10 mai 2021.");
    Map<String, StoredArticle> all = byId(page, other, article);
    assertThat(new StoryTimeline().build(events(all), all, 1))
        .singleElement()
        .satisfies(t -> assertThat(t.date().iso()).isEqualTo("2021-05-10"));
  }

  @Test
  void aBudgetPrefersADayToAMonthNamedMoreOften() {
    StoredArticle a = stored("1", "2020-06-01", "Crue", "En mai 2020, la rivière a débordé.");
    StoredArticle b = stored("2", "2020-06-02", "Crue", "La crue de mai 2020 a coûté cher.");
    StoredArticle c =
        stored("3", "2020-06-03", "Digue", "La digue a cédé le 4 mai 2020, en mai 2020 donc.");
    Map<String, StoredArticle> all = byId(a, b, c);
    assertThat(new StoryTimeline().build(events(all), all, 1))
        .singleElement()
        .satisfies(t -> assertThat(t.date().iso()).isEqualTo("2020-05-04"));
  }

  @Test
  void theArticlesOwnDayAndDurationsAreNoStatements() {
    StoredArticle today =
        stored(
            "4",
            "2021-06-16",
            "Fête au village",
            "Aujourd'hui le village fait la fête pendant trois jours, comme chaque année.");
    Map<String, StoredArticle> one = byId(today);
    assertThat(new StoryTimeline().build(events(one), one))
        .singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(TimelineEntry.Kind.EVENT));
  }

  @Test
  void aMonthPrecisionArticleAnnouncesOnlyWhatLiesAfterItsMonth() {
    StoredArticle june =
        stored(
            "5",
            "2023-06",
            "Le film arrive",
            "Le film sortira le 12 juillet 2023 dans les salles du pays entier.");
    Map<String, StoredArticle> one = byId(june);
    TimelineEntry release =
        new StoryTimeline()
            .build(events(one), one).stream()
                .filter(t -> t.kind() == TimelineEntry.Kind.STATEMENT)
                .findFirst()
                .orElseThrow();
    assertThat(release.date()).isEqualTo(PublishedDate.parse("2023-07-12"));
    assertThat(release.announced()).isTrue();
    assertThat(release.text()).startsWith("Le film sortira");
  }

  @Test
  void aSentenceOfAPlanAndItsHistoryIsToldOnceWhereOtherArticlesTellItToo() {
    StoredArticle first =
        stored(
            "6",
            "2020-05-02",
            "Le film",
            "Le studio confirme que le film sortira en novembre 2021 dans les salles.");
    StoredArticle history =
        stored(
            "7",
            "2022-01-14",
            "Le film repoussé",
            "Prévu à l'origine pour juillet 2021, le film avait été décalé au printemps 2020 vers"
                + " novembre 2021 dans les salles, puis à septembre 2022.");
    List<TimelineEntry> told = statements(first, history);
    assertThat(told).extracting(t -> t.date().iso()).containsExactly("2021-11");
    assertThat(told.get(0).sources()).containsExactly("6", "7");
  }

  @Test
  void aSentenceOfSeveralMonthsStaysAtTheOneThatOpensItElseAtTheLastNamed() {
    StoredArticle delays =
        stored(
            "8",
            "2021-11-23",
            "Encore un retard",
            "En juillet 2020 encore, l'agence avait décalé le départ de mars à octobre 2021. Le"
                + " second volet passe du mois d'août au mois de novembre 2022, selon le studio.");
    assertThat(statements(delays))
        .extracting(t -> t.date().iso())
        .containsExactly("2020-07", "2022-11");
  }

  @Test
  void aSentenceNamingTwoDaysIsToldAtBoth() {
    StoredArticle arrest =
        stored(
            "9",
            "2021-05-10",
            "Fin de garde à vue",
            "Le militant, arrêté le 3 mai 2021, a été relâché le 5 mai 2021 sans poursuites.");
    assertThat(statements(arrest))
        .extracting(t -> t.date().iso())
        .containsExactly("2021-05-03", "2021-05-05");
  }

  @Test
  void anEventIsToldOnTheDayBeforeItsReportWhenItsHeadlineSaysSo() {
    StoredArticle death =
        stored(
            "10",
            "2023-08-19",
            "Le général Martin, qui dirigeait le chantier de la cathédrale, est mort vendredi à 74"
                + " ans",
            "Il avait pris la tête de l'établissement public en 2019. Ses obsèques auront lieu la"
                + " semaine prochaine.");
    Map<String, StoredArticle> all = byId(death);
    TimelineEntry t =
        onlyEntryTelling(new StoryTimeline().build(events(all), all), "général Martin");
    assertThat(t.date().iso()).isEqualTo("2023-08-18");
    assertThat(t.kind()).isEqualTo(TimelineEntry.Kind.EVENT);
  }

  @Test
  void anEventStaysOnItsReportWhenItsHeadlineNamesADayAWeekBefore() {
    StoredArticle late =
        stored(
            "11",
            "2023-11-01",
            "Le pont de la vallée a rouvert le 26 octobre 2023 après six mois de travaux",
            "Les automobilistes ont retrouvé leurs habitudes.");
    Map<String, StoredArticle> all = byId(late);
    assertThat(new StoryTimeline().build(events(all), all))
        .extracting(t -> t.kind() + " " + t.date().iso())
        .containsExactlyInAnyOrder("EVENT 2023-11-01", "STATEMENT 2023-10-26");
  }

  /** The one entry of the timeline whose text holds {@code words}. */
  private static TimelineEntry onlyEntryTelling(List<TimelineEntry> timeline, String words) {
    List<TimelineEntry> telling = timeline.stream().filter(t -> t.text().contains(words)).toList();
    assertThat(telling).as("entries telling '%s' in %s", words, timeline).hasSize(1);
    return telling.get(0);
  }

  /** One event of these articles, dated by the first. */
  private static List<Event> oneEvent(StoredArticle... articles) {
    return List.of(
        new Event(
            "e-1",
            "s-1",
            articles[0].article().title(),
            java.util.Arrays.stream(articles).map(StoredArticle::id).toList(),
            articles[0].article().published(),
            articles[articles.length - 1].article().published()));
  }

  @Test
  void anEventIsToldOnTheDayItsFirstReportAnnouncedWhenALaterReportReachedIt() {
    StoredArticle monday =
        stored(
            "12",
            "2023-07-10",
            "Le nouveau pont de la vallée ouvre enfin à la circulation ce mercredi 12 juillet",
            "Les travaux auront duré trois ans.");
    StoredArticle wednesday =
        stored(
            "13",
            "2023-07-12",
            "Premiers passages sur le pont",
            "Les premières voitures ont franchi l'ouvrage ce matin.");
    TimelineEntry t =
        onlyEntryTelling(
            new StoryTimeline().build(oneEvent(monday, wednesday), byId(monday, wednesday)),
            "nouveau pont");
    assertThat(t.date().iso()).isEqualTo("2023-07-12");
    assertThat(t.kind()).isEqualTo(TimelineEntry.Kind.EVENT);
    assertThat(t.sources()).containsExactly("12", "13");
    assertThat(t.status()).isEqualTo(TimelineEntry.Status.CONFIRMED);
  }

  @Test
  void anAnnouncedDayNoLaterReportReachedStaysAnAnnouncement() {
    StoredArticle monday =
        stored(
            "14",
            "2023-07-10",
            "Le nouveau pont de la vallée ouvre enfin à la circulation ce mercredi 12 juillet",
            "Les travaux auront duré trois ans.");
    StoredArticle tuesday =
        stored(
            "15",
            "2023-07-11",
            "Veille d'ouverture sur le pont",
            "Les derniers marquages au sol ont été tracés.");
    assertThat(new StoryTimeline().build(oneEvent(monday, tuesday), byId(monday, tuesday)))
        .extracting(t -> t.kind() + " " + t.date().iso())
        .containsExactlyInAnyOrder("EVENT 2023-07-10", "STATEMENT 2023-07-12");
  }
}
