package org.trame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.analysis.Analysis;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.search.StoryPage;
import org.trame.search.StoryQuery;
import org.trame.search.StoryQuery.Sort;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Story;

/**
 * {@link Trame#stories(StoryQuery)}: filters on the stories' articles (words, entities, sources,
 * languages), on their span, the three orders and paging, over a real store written on disk here.
 *
 * <p>Activity: budget (last 2023-04-02), festival (2021-12-01), falaise (2020-10-20), undated.
 * Start: budget 2023-03-16, falaise 2020-09-10, festival 2019-06-01. Size: festival 4, falaise 3,
 * budget 2, undated 1.
 */
class StoryListingTest {

  @TempDir static Path dir;
  private static Trame trame;

  @BeforeAll
  static void writeAndReopen() throws Exception {
    try (LuceneStore writer = LuceneStore.openForWriting(dir)) {
      List<String> falaise = new ArrayList<>();
      falaise.add(
          add(
              writer,
              "s-falaise",
              TestArticles.article(
                  "a1",
                  "cine-hebdo",
                  "fr",
                  "2020-09-10",
                  "Elle saute d'une falaise",
                  "L'actrice Léa Marchal a sauté d'une falaise au-dessus d'un fjord en Norvège."),
              entity("Léa Marchal", "PER"),
              entity("Norvège", "LOC")));
      falaise.add(
          add(
              writer,
              "s-falaise",
              TestArticles.article(
                  "a2",
                  "daily-post",
                  "en",
                  "2020-10-07",
                  "Actress jumps off a cliff",
                  "The actress jumped off a cliff above a fjord in Norway."),
              entity("Norway", "LOC")));
      falaise.add(
          add(
              writer,
              "s-falaise",
              TestArticles.article(
                  "a3",
                  "le-matin",
                  "fr",
                  "2020-10-20",
                  "Le studio prépare la suite",
                  "Le Studio Brume annonce une suite au film tourné en Norvège."),
              entity("Studio Brume", "ORG")));
      List<String> budget = new ArrayList<>();
      budget.add(
          add(
              writer,
              "s-budget",
              TestArticles.article(
                  "b1",
                  "gazette",
                  "fr",
                  "2023-03-16",
                  "Le budget de la ville adopté",
                  "Le conseil municipal a voté le budget : une nouvelle piscine."),
              entity("Conseil municipal", "ORG")));
      budget.add(
          add(
              writer,
              "s-budget",
              TestArticles.article(
                  "b2",
                  "gazette",
                  "fr",
                  "2023-04-02",
                  "Les travaux de la piscine commencent",
                  "Les travaux de la piscine ont commencé lundi.")));
      List<String> festival = new ArrayList<>();
      for (String day : List.of("2019-06-01", "2020-06-05", "2021-06-04", "2021-12-01")) {
        festival.add(
            add(
                writer,
                "s-festival",
                TestArticles.article(
                    "f" + day,
                    "le-matin",
                    "fr",
                    day,
                    "Le festival de musique ouvre ses portes",
                    "Léa Marchal chante au festival de musique du lac."),
                entity("Léa Marchal", "PER")));
      }
      List<String> undated =
          List.of(
              add(
                  writer,
                  "s-undated",
                  TestArticles.article(
                      "u1", "gazette", "de", null, "Hallo", "Ein Artikel ohne Datum.")));
      writer.put(story("s-falaise", falaise, "2020-09-10", "2020-10-20"));
      writer.put(story("s-budget", budget, "2023-03-16", "2023-04-02"));
      writer.put(story("s-festival", festival, "2019-06-01", "2021-12-01"));
      writer.put(story("s-undated", undated, null, null));
      writer.commit();
    }
    trame = Trame.over(LuceneStore.openForReading(dir), Clock.systemUTC());
  }

  @AfterAll
  static void close() throws Exception {
    trame.close();
  }

  private static EntityMention entity(String name, String type) {
    return new EntityMention(name, type, 0, name.length());
  }

  private static String add(
      LuceneStore writer, String story, Article a, EntityMention... entities) {
    writer.add(
        new StoredArticle(
            a, new Analysis(List.of(entities), List.of()), null, story, "e-" + a.id(), null));
    return a.id();
  }

  private static Story story(String id, List<String> articles, String first, String last) {
    return new Story(
        id,
        id,
        List.of("e-" + id),
        articles,
        first == null ? null : PublishedDate.parse(first),
        last == null ? null : PublishedDate.parse(last));
  }

  /** Queries with only what a test sets. */
  private static final class Query {
    String text = "";
    Set<String> entities = Set.of();
    Set<String> sources = Set.of();
    Set<String> languages = Set.of();
    LocalDate from;
    LocalDate to;
    Sort sort = Sort.ACTIVITY;
    int limit = 50;
    int offset;

    StoryQuery build() {
      return new StoryQuery(text, entities, sources, languages, from, to, sort, limit, offset);
    }

    StoryPage run() {
      return trame.stories(build());
    }

    List<String> ids() {
      return run().stories().stream().map(Story::id).toList();
    }
  }

  @Test
  void withoutFiltersEveryStoryIsListedMostRecentlyActiveFirst() {
    StoryPage page = new Query().run();
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.stories())
        .extracting(Story::id)
        .containsExactly("s-budget", "s-festival", "s-falaise", "s-undated");
  }

  @Test
  void theOtherOrdersAreByStartAndBySize() {
    Query byDate = new Query();
    byDate.sort = Sort.DATE;
    assertThat(byDate.ids()).containsExactly("s-budget", "s-falaise", "s-festival", "s-undated");
    Query bySize = new Query();
    bySize.sort = Sort.SIZE;
    assertThat(bySize.ids()).containsExactly("s-festival", "s-falaise", "s-budget", "s-undated");
  }

  @Test
  void pagesCountEveryMatchingStory() {
    Query q = new Query();
    q.limit = 2;
    q.offset = 1;
    StoryPage page = q.run();
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.stories()).extracting(Story::id).containsExactly("s-festival", "s-falaise");
    q.offset = 4;
    assertThat(q.run().stories()).isEmpty();
    assertThat(q.run().total()).isEqualTo(4);
  }

  @Test
  void wordsFindTheStoriesOfTheArticlesThatMatchWithFrenchAnalysis() {
    Query q = new Query();
    q.text = "falaises norvege"; // plural, no accent: still "falaise", "Norvège"
    assertThat(q.ids()).containsExactly("s-falaise");
    q.text = "piscine";
    assertThat(q.ids()).containsExactly("s-budget");
    q.text = "sous-marin";
    assertThat(q.run().total()).isZero();
  }

  @Test
  void everyEntityMustBeNamedInTheStoryNotNecessarilyInOneArticle() {
    Query q = new Query();
    q.entities = Set.of("lea marchal"); // case and accents ignored
    assertThat(q.ids()).containsExactly("s-festival", "s-falaise");
    // named in a1 and a3, two articles of one story
    q.entities = Set.of("Léa Marchal", "Studio Brume");
    assertThat(q.ids()).containsExactly("s-falaise");
    q.entities = Set.of("Léa Marchal", "Conseil municipal");
    assertThat(q.ids()).isEmpty();
  }

  @Test
  void sourcesAndLanguagesSayWhichArticlesCount() {
    Query q = new Query();
    q.sources = Set.of("gazette");
    assertThat(q.ids()).containsExactly("s-budget", "s-undated");
    q.languages = Set.of("FR");
    assertThat(q.ids()).containsExactly("s-budget");
    q.sources = Set.of("gazette", "daily-post");
    q.languages = Set.of("en");
    assertThat(q.ids()).containsExactly("s-falaise");
    // le-matin's articles name Léa Marchal only in the festival: a1 is cine-hebdo's
    q.sources = Set.of("le-matin");
    q.languages = Set.of();
    q.entities = Set.of("Léa Marchal");
    assertThat(q.ids()).containsExactly("s-festival");
  }

  @Test
  void theDateRangeIsOnTheStorysSpan() {
    Query q = new Query();
    q.from = LocalDate.parse("2021-01-01");
    assertThat(q.ids()).containsExactly("s-budget", "s-festival");
    q.from = null;
    q.to = LocalDate.parse("2020-09-30");
    assertThat(q.ids()).containsExactly("s-festival", "s-falaise");
    // inside the festival's span, though none of its articles is dated then
    q.from = LocalDate.parse("2021-09-01");
    q.to = LocalDate.parse("2021-09-30");
    assertThat(q.ids()).containsExactly("s-festival");
    q.from = LocalDate.parse("2022-01-01");
    q.to = LocalDate.parse("2022-12-31");
    assertThat(q.ids()).isEmpty();
  }

  @Test
  void filtersCombine() {
    Query q = new Query();
    q.text = "festival";
    q.entities = Set.of("Léa Marchal");
    q.from = LocalDate.parse("2021-01-01");
    q.sort = Sort.SIZE;
    assertThat(q.ids()).containsExactly("s-festival");
    q.to = LocalDate.parse("2019-01-01");
    q.from = null;
    assertThat(q.run().total()).isZero();
  }

  @Test
  void aSummaryHasTheStorysArticlesWithoutTimelineOrClaims() {
    StoryView summary = trame.storySummary("s-falaise").orElseThrow();
    assertThat(summary.articles()).extracting(StoredArticle::id).containsExactly("a1", "a2", "a3");
    assertThat(summary.sources()).isEqualTo(3);
    assertThat(summary.timeline()).isEmpty();
    assertThat(summary.claims()).isEmpty();
    assertThat(trame.storySummary("s-none")).isEmpty();
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Sort.parse("pertinence"))
        .hasMessage("sort: expected 'activity', 'date' or 'size', got 'pertinence'");
    Query lang = new Query();
    lang.languages = Set.of("français");
    assertThatThrownBy(lang::build).hasMessageStartingWith("lang: expected a language code");
    Query range = new Query();
    range.from = LocalDate.parse("2022-01-01");
    range.to = LocalDate.parse("2021-01-01");
    assertThatThrownBy(range::build).hasMessage("from (2022-01-01) is after to (2021-01-01)");
    Query limit = new Query();
    limit.limit = 0;
    assertThatThrownBy(limit::build).hasMessageStartingWith("limit: expected a whole number");
    Query offset = new Query();
    offset.offset = -1;
    assertThatThrownBy(offset::build).hasMessageStartingWith("offset: expected a whole number");
  }
}
