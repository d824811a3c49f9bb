package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.StoryQuery;
import org.trame.store.StoreCounts;
import org.trame.store.StoredArticle;
import org.trame.story.Story;

/**
 * The same articles ingested into the embedded store and into OpenSearch give the same stores: the
 * same copies, events, stories, search results and facets. The corpus is the bundled demo corpus
 * (72 articles, wire copies, ten outlets), ingested in one order into both.
 */
class SameResultsAsEmbeddedTest {

  @TempDir static Path dir;

  private static Trame embedded;
  private static Trame distributed;
  private static OpenSearchAddress address;

  @BeforeAll
  static void ingestIntoBoth() throws Exception {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    assertThat(corpus).isDirectory();
    embedded = Trame.open(dir.resolve("embedded"));
    embedded.ingest(List.of(corpus), IngestListener.NONE);
    address =
        OpenSearchAddress.parse(
            TestCluster.shared().storeAddress()
                + "/same-"
                + UUID.randomUUID().toString().substring(0, 8));
    distributed = Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC());
    distributed.ingest(List.of(corpus), IngestListener.NONE);
  }

  @AfterAll
  static void close() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    if (distributed != null) {
      distributed.close();
    }
  }

  @Test
  void theSameCountsOfArticlesCopiesEventsStoriesAndLanguages() {
    StoreCounts a = embedded.status();
    StoreCounts b = distributed.status();
    assertThat(b.articles()).isEqualTo(a.articles()).isEqualTo(72);
    assertThat(b.duplicates()).isEqualTo(a.duplicates()).isPositive();
    assertThat(b.events()).isEqualTo(a.events());
    assertThat(b.stories()).isEqualTo(a.stories());
    assertThat(b.languages()).isEqualTo(a.languages());
  }

  @Test
  void theSameStoriesWithTheSameEventsAndArticles() {
    assertThat(placements(distributed)).isEqualTo(placements(embedded));
    for (Story s : embedded.stories()) {
      assertThat(distributed.story(s.id(), null).orElseThrow().articles())
          .extracting(StoredArticle::id)
          .containsExactlyElementsOf(
              embedded.story(s.id(), null).orElseThrow().articles().stream()
                  .map(StoredArticle::id)
                  .toList());
    }
  }

  /** Story id → its events, each with its article ids, and the story's title. */
  private static Map<String, String> placements(Trame trame) {
    Map<String, String> all = new TreeMap<>();
    for (Story s : trame.stories()) {
      List<String> events = new ArrayList<>();
      for (String e : s.eventIds()) {
        events.add(e + "=" + trame.event(e).orElseThrow().articleIds());
      }
      all.put(s.id(), s.title() + " " + events);
    }
    return all;
  }

  @Test
  void theSameCopiesLinkedToTheSameOriginals() {
    for (Story s : embedded.stories()) {
      for (String id : s.articleIds()) {
        StoredArticle a = embedded.article(id).orElseThrow();
        StoredArticle b = distributed.article(id).orElseThrow();
        assertThat(b.duplicateOf()).as(id).isEqualTo(a.duplicateOf());
        assertThat(distributed.copiesOf(id))
            .extracting(StoredArticle::id)
            .as(id)
            .containsExactlyElementsOf(
                embedded.copiesOf(id).stream().map(StoredArticle::id).toList());
      }
    }
  }

  @Test
  void pagesPastOpenSearchsResultWindowAreTheEmbeddedStoresToo() {
    for (int offset : List.of(9_999, 10_000, 25_000)) {
      SearchRequest request =
          new SearchRequest(
              "",
              null,
              null,
              Set.of(),
              Set.of(),
              Set.of(),
              SearchRequest.Sort.DATE,
              false,
              5,
              offset);
      SearchResult a = embedded.search(request);
      SearchResult b = distributed.search(request);
      assertThat(b.total()).isEqualTo(a.total()).isPositive();
      assertThat(ids(b.hits())).isEqualTo(ids(a.hits())).isEmpty();
    }
  }

  @Test
  void theSameSearchResultsFacetsAndStoryGroups() {
    for (String words :
        List.of(
            "cascade",
            "Tom Cruise",
            "\"sortie du film\"",
            "norvège moto",
            "tournage OR report",
            "l'acteur",
            "mission AND NOT venise",
            "(unbalanced query")) {
      for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
        SearchRequest request =
            new SearchRequest(words, null, null, Set.of(), Set.of(), Set.of(), sort, true, 5, 0);
        SearchResult a = embedded.search(request);
        SearchResult b = distributed.search(request);
        assertThat(b.total()).as(words).isEqualTo(a.total());
        assertThat(ids(b.hits())).as(words + " " + sort).isEqualTo(ids(a.hits()));
        assertThat(b.facets()).as(words).isEqualTo(a.facets());
        assertThat(b.storyTotal()).as(words).isEqualTo(a.storyTotal());
        assertThat(b.stories())
            .extracting(g -> g.storyId() + ":" + g.count() + ":" + ids(g.hits()))
            .as(words)
            .isEqualTo(
                a.stories().stream()
                    .map(g -> g.storyId() + ":" + g.count() + ":" + ids(g.hits()))
                    .toList());
        b.hits().forEach(h -> assertThat(h.highlights()).as(h.articleId()).isNotNull());
      }
    }
    SearchResult cascades =
        distributed.search(
            new SearchRequest(
                "cascades",
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                SearchRequest.Sort.RELEVANCE,
                false,
                3,
                0));
    SearchHit first = cascades.hits().get(0);
    assertThat(first.highlights()).isNotEmpty();
    SearchHit.Highlight h = first.highlights().get(0);
    assertThat(first.snippet().substring(h.start(), h.end()).toLowerCase()).startsWith("cascad");
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::articleId).toList();
  }

  @Test
  void theSameStoryListingWithFilters() {
    for (StoryQuery query :
        List.of(
            StoryQuery.all(20, 0),
            new StoryQuery(
                "tournage", Set.of(), Set.of(), Set.of(), null, null, StoryQuery.Sort.SIZE, 20, 0),
            new StoryQuery(
                "",
                Set.of("Tom Cruise"),
                Set.of(),
                Set.of(),
                null,
                null,
                StoryQuery.Sort.DATE,
                20,
                0))) {
      assertThat(distributed.stories(query).stories())
          .extracting(s -> s.id())
          .isEqualTo(embedded.stories(query).stories().stream().map(s -> s.id()).toList());
    }
  }

  @Test
  void aReaderOpenedAfterwardsSeesWhatWasCommitted() throws Exception {
    try (Trame reader = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
      assertThat(reader.status().articles()).isEqualTo(72);
      assertThat(placements(reader)).isEqualTo(placements(embedded));
      assertThat(reader.upToDate()).isTrue();
    }
  }
}
