package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.TestArticles;
import org.trame.analysis.Analysis;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchRequest.Sort;
import org.trame.search.SearchResult;
import org.trame.search.SearchResult.Count;
import org.trame.search.SearchResult.EntityCount;
import org.trame.search.SearchResult.StoryHits;
import org.trame.store.StoredArticle;
import org.trame.story.Story;

/** Search with filters, facets, folding and grouping, over a small store written on disk here. */
class LuceneSearchTest {

  @TempDir static Path dir;
  private static LuceneStore store;

  private static final String FALL =
      "Le tournage du film d'aventure continue en Norvège. L'actrice Léa Marchal a sauté d'une"
          + " falaise au-dessus du fjord, retenue par un câble, pour la scène finale.";

  @BeforeAll
  static void writeAndReopen() throws Exception {
    try (LuceneStore writer = LuceneStore.openForWriting(dir)) {
      add(
          writer,
          article(
              "c1", "cine-hebdo", "fr", "2020-10-05", "Elle saute d'une falaise en Norvège", FALL),
          "s-1",
          null,
          entity("Léa Marchal", "PER"),
          entity("Norvège", "LOC"));
      add(
          writer,
          article(
              "c2",
              "le-matin",
              "fr",
              "2020-09",
              "Les coulisses d'un tournage en Norvège",
              "Au bord d'une falaise, l'équipe a préparé pendant des semaines les cascades :"
                  + " l'actrice a sauté sans doublure. Le Studio Brume produit le film."),
          "s-1",
          null,
          entity("Léa Marchal", "PER"),
          entity("Norvège", "LOC"),
          entity("Studio Brume", "ORG"));
      // a copy of c1 in another outlet, twelve days later
      add(
          writer,
          article(
              "c3", "le-matin", "fr", "2020-10-17", "Elle saute d'une falaise en Norvège", FALL),
          "s-1",
          "c1",
          entity("Léa Marchal", "PER"),
          entity("Norvège", "LOC"));
      add(
          writer,
          article(
              "c4",
              "daily-post",
              "en",
              "2020-10-07",
              "Actress jumps off a cliff in Norway",
              "Lea Marchal jumped off a cliff above a fjord in Norway for the final scene."),
          "s-1",
          null,
          entity("Lea Marchal", "PER"),
          entity("Norway", "LOC"));
      add(
          writer,
          article(
              "c5",
              "cine-hebdo",
              "fr",
              "2021-03-02",
              "Un nouveau rôle pour une actrice sans peur",
              "Après sa cascade en Norvège, Léa Marchal signe avec le Studio Brume pour un film"
                  + " de montagne."),
          "s-2",
          null,
          entity("Léa Marchal", "PER"),
          entity("Studio Brume", "ORG"),
          entity("Norvège", "LOC"));
      add(
          writer,
          article(
              "c6",
              "gazette",
              "fr",
              "2023-03-16",
              "Le budget de la ville adopté",
              "Le conseil municipal a voté le budget annuel : une nouvelle piscine et des écoles"
                  + " rénovées. Mercredi, le débat a duré quatre heures."),
          "s-3",
          null,
          entity("Mercredi", "MISC"));
      add(
          writer,
          article(
              "c7",
              "gazette",
              "fr",
              null,
              "Une cascade d'ennuis pour la mairie",
              "Après le vote du budget, la mairie découvre une facture oubliée."),
          "s-3",
          null);
      writer.put(new Story("s-1", "L'actrice et la falaise", List.of(), List.of(), null, null));
      writer.put(new Story("s-2", "Un nouveau film", List.of(), List.of(), null, null));
      writer.put(new Story("s-3", "Le budget de la ville", List.of(), List.of(), null, null));
      writer.commit();
    }
    store = LuceneStore.openForReading(dir);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static Article article(
      String id, String source, String language, String date, String title, String text) {
    return TestArticles.article(id, source, language, date, title, text);
  }

  private static EntityMention entity(String name, String type) {
    return new EntityMention(name, type, 0, name.length());
  }

  private static void add(
      LuceneStore writer, Article a, String story, String copyOf, EntityMention... entities) {
    writer.add(
        new StoredArticle(
            a, new Analysis(List.of(entities), List.of()), copyOf, story, "e-" + a.id(), null));
  }

  private static Builder request(String text) {
    return new Builder(text);
  }

  /** Requests with only what a test sets. */
  private static final class Builder {
    final String text;
    LocalDate from;
    LocalDate to;
    Set<String> languages = Set.of();
    Set<String> sources = Set.of();
    Set<String> entities = Set.of();
    Sort sort = Sort.RELEVANCE;
    boolean byStory;
    int limit = 20;
    int offset;

    Builder(String text) {
      this.text = text;
    }

    SearchResult run() {
      return store.search(
          new SearchRequest(
              text, from, to, languages, sources, entities, sort, byStory, limit, offset));
    }

    List<String> ids() {
      return run().hits().stream().map(SearchHit::articleId).toList();
    }
  }

  @Test
  void elisionsAccentsAndPluralsAreIgnored() {
    // "l'actrice" in the query finds "une actrice"; "actrice" finds "l'actrice"
    assertThat(request("l'actrice").ids()).contains("c5");
    assertThat(request("actrice").ids()).contains("c1", "c2", "c5");
    // typed without its accent
    assertThat(request("norvege").ids()).containsExactlyInAnyOrder("c1", "c2", "c5");
    // plural finds singular and the other way round
    assertThat(request("cascades").ids()).containsExactlyInAnyOrder("c2", "c5", "c7");
    assertThat(request("cascade").ids()).containsExactlyInAnyOrder("c2", "c5", "c7");
  }

  @Test
  void aPhraseMatchesItsWordsInOrderOnly() {
    assertThat(request("falaise sauté").ids()).containsExactlyInAnyOrder("c1", "c2");
    assertThat(request("\"sauté d'une falaise\"").ids()).containsExactly("c1");
  }

  @Test
  void hitsCarryTheirSourceLanguageAndHighlights() {
    SearchHit hit = request("piscine").run().hits().get(0);
    assertThat(hit.articleId()).isEqualTo("c6");
    assertThat(hit.source()).isEqualTo("gazette");
    assertThat(hit.language()).isEqualTo("fr");
    assertThat(hit.storyId()).isEqualTo("s-3");
    assertThat(hit.published()).isEqualTo("2023-03-16");
    // plain text, the match given by its offsets
    assertThat(hit.snippet()).contains("une nouvelle piscine").doesNotContain("[");
    assertThat(hit.highlights())
        .singleElement()
        .satisfies(
            h -> assertThat(hit.snippet().substring(h.start(), h.end())).isEqualTo("piscine"));
  }

  @Test
  void aCopyIsFoldedIntoItsOriginalWhenBothMatch() {
    SearchResult result = request("falaise").run();
    assertThat(result.hits()).extracting(SearchHit::articleId).containsExactly("c1", "c2");
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits().get(0).copies()).isEqualTo(1);
    assertThat(result.hits().get(1).copies()).isZero();
    // its original filtered out, the copy stands for itself
    Builder inLeMatin = request("falaise");
    inLeMatin.sources = Set.of("le-matin");
    assertThat(inLeMatin.ids()).containsExactlyInAnyOrder("c2", "c3");
  }

  @Test
  void theDateRangeIsInclusiveAndAMonthMatchesWhenItOverlaps() {
    Builder october = request("");
    october.from = LocalDate.parse("2020-10-01");
    october.to = LocalDate.parse("2020-10-07");
    // c3 is a copy of c1, but c1 matches: folded
    assertThat(october.ids()).containsExactlyInAnyOrder("c1", "c4");
    Builder midSeptember = request("norvege");
    midSeptember.from = LocalDate.parse("2020-09-15");
    midSeptember.to = LocalDate.parse("2020-09-20");
    assertThat(midSeptember.ids()).containsExactly("c2"); // dated "2020-09"
    Builder fromOctober = request("norvege");
    fromOctober.from = LocalDate.parse("2020-10-01");
    assertThat(fromOctober.ids()).containsExactlyInAnyOrder("c1", "c5");
    Builder until = request("cascade");
    until.to = LocalDate.parse("2020-09-01");
    // the undated article is in no period
    assertThat(until.ids()).containsExactly("c2");
  }

  @Test
  void languageSourceAndEntityFilters() {
    Builder english = request("");
    english.languages = Set.of("EN");
    assertThat(english.ids()).containsExactly("c4");
    Builder sources = request("");
    sources.sources = Set.of("gazette", "daily-post");
    assertThat(sources.ids()).containsExactlyInAnyOrder("c4", "c6", "c7");
    Builder person = request("");
    // case and accents ignored; c4 spells it without its accent
    person.entities = Set.of("lea marchal");
    assertThat(person.ids()).containsExactlyInAnyOrder("c1", "c2", "c4", "c5");
    Builder both = request("");
    both.entities = Set.of("Léa Marchal", "Studio Brume"); // each is required
    assertThat(both.ids()).containsExactlyInAnyOrder("c2", "c5");
    Builder nobody = request("");
    nobody.entities = Set.of("Personne Inconnue");
    assertThat(nobody.run()).isEqualTo(SearchResult.EMPTY);
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() {
    Builder all = request("");
    all.limit = 1;
    SearchResult result = all.run();
    assertThat(result.total()).isEqualTo(6); // seven articles, one copy folded
    assertThat(result.hits()).hasSize(1);
    assertThat(result.facets().sources())
        .containsExactly(
            new Count("cine-hebdo", 2),
            new Count("gazette", 2),
            new Count("daily-post", 1),
            new Count("le-matin", 1));
    // c7 is undated: in no month
    assertThat(result.facets().months())
        .containsExactly(
            new Count("2020-09", 1),
            new Count("2020-10", 2),
            new Count("2021-03", 1),
            new Count("2023-03", 1));
    // the two spellings are one entity, under its commonest; MISC is left out
    assertThat(result.facets().entities())
        .containsExactly(
            new EntityCount("Léa Marchal", "PER", 4),
            new EntityCount("Norvège", "LOC", 3),
            new EntityCount("Studio Brume", "ORG", 2),
            new EntityCount("Norway", "LOC", 1));
    Builder budget = request("budget");
    assertThat(budget.run().facets().entities()).isEmpty();
    assertThat(budget.run().facets().sources()).containsExactly(new Count("gazette", 2));
  }

  @Test
  void dateOrderIsNewestFirstWithUndatedLast() {
    Builder byDate = request("");
    byDate.sort = Sort.DATE;
    assertThat(byDate.ids()).containsExactly("c6", "c5", "c4", "c1", "c2", "c7");
    byDate.offset = 2;
    byDate.limit = 2;
    assertThat(byDate.ids()).containsExactly("c4", "c1");
    byDate.offset = 6;
    assertThat(byDate.run().hits()).isEmpty();
    assertThat(byDate.run().total()).isEqualTo(6);
  }

  @Test
  void groupsByStoryInTheOrderOfTheirBestHit() {
    Builder grouped = request("");
    grouped.sort = Sort.DATE;
    grouped.byStory = true;
    SearchResult result = grouped.run();
    assertThat(result.storyTotal()).isEqualTo(3);
    List<String> order = new ArrayList<>();
    for (StoryHits s : result.stories()) {
      order.add(s.storyId() + ":" + s.count() + ":" + s.title());
    }
    assertThat(order)
        .containsExactly(
            "s-3:2:Le budget de la ville",
            "s-2:1:Un nouveau film",
            "s-1:3:L'actrice et la falaise");
    assertThat(result.stories().get(2).hits())
        .extracting(SearchHit::articleId)
        .containsExactly("c4", "c1", "c2");
    assertThat(result.stories().get(2).hits().get(1).copies()).isEqualTo(1);
    // the page counts stories
    grouped.limit = 1;
    grouped.offset = 1;
    assertThat(grouped.run().stories()).extracting(StoryHits::storyId).containsExactly("s-2");
    // by relevance, the story with the best match comes first
    Builder cliff = request("falaise norvege");
    cliff.byStory = true;
    assertThat(cliff.run().stories()).extracting(StoryHits::storyId).containsExactly("s-1");
  }

  @Test
  void theOldSearchStillAnswersWithHits() {
    assertThat(store.search("norvege", 10))
        .extracting(SearchHit::articleId)
        .containsExactlyInAnyOrder("c1", "c2", "c5");
    assertThat(store.search("  ", 10)).isEmpty();
  }

  @Test
  void anIndexWithoutTheSearchFieldsStillSearches(@TempDir Path bare) throws Exception {
    // no source, entity nor date: none of the fields search added exists in this index, as in a
    // store written before them
    try (LuceneStore writer = LuceneStore.openForWriting(bare)) {
      add(writer, article("b1", null, "fr", null, "Une cascade en Norvège", FALL), "s-1", null);
      writer.commit();
    }
    try (LuceneStore old = LuceneStore.openForReading(bare)) {
      SearchResult words =
          old.search(
              new SearchRequest("norvege", null, null, null, null, null, Sort.DATE, true, 10, 0));
      assertThat(words.hits()).extracting(SearchHit::articleId).containsExactly("b1");
      assertThat(words.facets()).isEqualTo(SearchResult.Facets.NONE);
      assertThat(words.stories()).hasSize(1);
      SearchResult filtered =
          old.search(
              new SearchRequest(
                  "norvege",
                  LocalDate.parse("2020-01-01"),
                  null,
                  null,
                  Set.of("cine-hebdo"),
                  Set.of("Norvège"),
                  Sort.RELEVANCE,
                  false,
                  10,
                  0));
      assertThat(filtered.total()).isZero();
    }
  }

  @Test
  void badRequestsAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> SearchRequest.firstDay("from", "2020-13-01"))
        .hasMessageContaining("from")
        .hasMessageContaining("2020-13-01");
    assertThat(SearchRequest.lastDay("to", "2020-02")).isEqualTo(LocalDate.parse("2020-02-29"));
    assertThatThrownBy(() ->
            new SearchRequest(
                "x",
                LocalDate.parse("2021-01-02"),
                LocalDate.parse("2021-01-01"),
                null,
                null,
                null,
                Sort.DATE,
                false,
                10,
                0))
        .hasMessageContaining("after");
    assertThatThrownBy(() -> Sort.parse("oldest")).hasMessageContaining("relevance");
    assertThatThrownBy(() -> SearchRequest.of("x", 0)).hasMessageContaining("limit");
  }
}
