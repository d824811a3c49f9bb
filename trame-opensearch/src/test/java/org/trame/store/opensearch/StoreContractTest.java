package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trame.Pipeline;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.store.Store;
import org.trame.store.StoreLockedException;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Neighbour;
import org.trame.story.Story;
import org.trame.story.StoryBook;

/**
 * What every store does, whatever it is: the same behaviour tests, run against the embedded store
 * and against OpenSearch (a two-node cluster on loopback).
 */
class StoreContractTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-20T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  enum Kind {
    EMBEDDED,
    OPENSEARCH
  }

  /** Where a fresh store of a kind lives, opened for writing or reading as asked. */
  private final class Place {
    final Kind kind;
    final Path path = dir.resolve("store-" + UUID.randomUUID());
    final OpenSearchAddress address = TestCluster.shared().freshStore("contract");

    Place(Kind kind) {
      this.kind = kind;
    }

    Store writer() {
      return kind == Kind.EMBEDDED
          ? LuceneStore.openForWriting(path)
          : OpenSearchStore.openForWriting(address);
    }

    Store reader() {
      return kind == Kind.EMBEDDED
          ? LuceneStore.openForReading(path)
          : OpenSearchStore.openForReading(address);
    }
  }

  private static RawArticle raw(String id, String source, String date, String title, String text) {
    return new RawArticle(id, source, null, title, null, text, PublishedDate.parse(date), "fr", id);
  }

  private static final List<RawArticle> ARTICLES =
      List.of(
          raw(
              "a1",
              "la-vigie",
              "2025-03-03",
              "La crue de la Loire inonde les quais de Nantes",
              "La Loire est sortie de son lit à Nantes : les quais sont sous l'eau et la mairie"
                  + " a fermé trois rues. Les pompiers ont évacué une vingtaine d'habitants."),
          raw(
              "a2",
              "le-phare",
              "2025-03-04",
              "À Nantes, la décrue de la Loire se fait attendre",
              "Les quais de Nantes restent inondés. La Loire baisse lentement, disent les"
                  + " pompiers, qui surveillent les digues en amont de la ville."),
          raw(
              "a3",
              "depeches",
              "2025-05-10",
              "Le festival de jazz de Vannes dévoile son affiche",
              "Le festival de jazz de Vannes accueillera en juillet une trentaine de groupes,"
                  + " dont plusieurs trios venus de Scandinavie, sur trois scènes du port."),
          // an exact copy of a1 in another outlet
          raw(
              "a4",
              "echo-ouest",
              "2025-03-03",
              "La crue de la Loire inonde les quais de Nantes",
              "La Loire est sortie de son lit à Nantes : les quais sont sous l'eau et la mairie"
                  + " a fermé trois rues. Les pompiers ont évacué une vingtaine d'habitants."));

  /** Runs the articles through the pipeline into {@code store}, committed or not. */
  private static void ingest(Store store, List<RawArticle> articles, boolean commit) {
    Pipeline pipeline = Pipeline.standard(store, CLOCK);
    for (RawArticle a : articles) {
      pipeline.process(a);
    }
    if (commit) {
      pipeline.commit();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anArticleIsTheWritersAtOnceAndReadersOnceCommitted(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES.subList(0, 2), false);
      assertThat(writer.article("a1")).isPresent();
      try (Store before = place.reader()) {
        assertThat(before.article("a1")).isEmpty();
        assertThat(before.counts().articles()).isZero();
      }
      writer.commit();
      try (Store after = place.reader()) {
        assertThat(after.article("a1")).isPresent();
        assertThat(after.counts().articles()).isEqualTo(2);
        assertThat(after.articles(List.of("a2", "none", "a1")))
            .extracting(StoredArticle::id)
            .containsExactly("a2", "a1");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aNameIsAnalysedIntoTermsThatAnArticleNamingItHolds(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES.subList(0, 1), true);
      org.trame.article.Article flood = writer.article("a1").orElseThrow().article();
      long[] articleTerms = writer.termWeights(flood).terms();
      long[] name = writer.terms("la Loire");
      long[] other = writer.terms("Vannes");
      assertThat(name).isNotEmpty().isSorted();
      assertThat(articleTerms).contains(name);
      assertThat(other).isNotEmpty().doesNotContain(articleTerms);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void statesArePutReadAndCommitted(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      writer.putState("watch.feed", new byte[] {1, 2, 3});
      assertThat(writer.state("watch.feed"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
      assertThat(writer.state("nothing")).isEmpty();
      writer.commit();
      writer.putState("watch.feed", new byte[] {4});
      writer.commit();
    }
    try (Store reader = place.reader()) {
      assertThat(reader.state("watch.feed"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(4));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void storiesEventsCopiesAndCountsAreKeptAndReadBack(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES, true);
    }
    try (Store reader = place.reader()) {
      StoredArticle original = reader.article("a1").orElseThrow();
      StoredArticle copy = reader.article("a4").orElseThrow();
      assertThat(copy.duplicateOf()).isEqualTo("a1");
      assertThat(copy.storyId()).isEqualTo(original.storyId());
      assertThat(copy.eventId()).isEqualTo(original.eventId());
      assertThat(reader.copiesOf("a1")).extracting(StoredArticle::id).containsExactly("a4");
      assertThat(reader.originalWithFingerprint(original.article().contentHash())).hasValue("a1");
      // the flood and the festival are two stories, the festival (May) the most recently active
      List<Story> stories = reader.stories();
      assertThat(stories).hasSize(2);
      assertThat(stories.get(0).articleIds()).containsExactly("a3");
      assertThat(reader.story(original.storyId()).orElseThrow().articleIds())
          .containsExactlyInAnyOrder("a1", "a2", "a4");
      assertThat(reader.event(original.eventId()).orElseThrow().articleIds()).contains("a1", "a4");
      assertThat(reader.counts().articles()).isEqualTo(4);
      assertThat(reader.counts().duplicates()).isEqualTo(1);
      assertThat(reader.counts().stories()).isEqualTo(2);
      List<String> walked = new ArrayList<>();
      reader.forEachArticle(a -> walked.add(a.id()));
      assertThat(walked).containsExactly("a1", "a2", "a3", "a4");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void neighboursComeMostSimilarFirstWithinTheLimit(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES.subList(0, 3), true);
      RawArticle probe =
          raw(
              "probe",
              "la-vigie",
              "2025-03-05",
              "Nantes : les pompiers sur les quais inondés par la Loire",
              "Les pompiers de Nantes surveillent toujours les quais inondés par la Loire.");
      Pipeline pipeline = Pipeline.standard(writer, CLOCK);
      org.trame.article.Article article = pipeline.prepare(probe, false).article();
      List<Neighbour> found = writer.neighbours(article, 2);
      assertThat(found).hasSizeLessThanOrEqualTo(2).isNotEmpty();
      assertThat(found).extracting(Neighbour::articleId).doesNotContain("a3");
      assertThat(found.get(0).similarity())
          .isGreaterThanOrEqualTo(found.get(found.size() - 1).similarity());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void searchFoldsCopiesCountsFacetsAndGivesStories(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES, true);
    }
    try (Store reader = place.reader()) {
      SearchResult r =
          reader.search(
              new SearchRequest(
                  "loire",
                  null,
                  null,
                  java.util.Set.of(),
                  java.util.Set.of(),
                  java.util.Set.of(),
                  SearchRequest.Sort.DATE,
                  true,
                  10,
                  0));
      // a1 and its copy a4 are one result, which says it has one copy
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits()).extracting(h -> h.articleId()).containsExactly("a2", "a1");
      assertThat(r.hits().get(1).copies()).isEqualTo(1);
      assertThat(r.storyTotal()).isEqualTo(1);
      assertThat(r.stories()).singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(2));
      assertThat(r.facets().sources())
          .extracting(c -> c.value())
          .containsExactlyInAnyOrder("la-vigie", "le-phare");
      assertThat(reader.storyIds(SearchRequest.of("jazz", 10)))
          .containsExactly(reader.article("a3").orElseThrow().storyId());
      assertThat(reader.search("zzzqqq", 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aMergeOfStoriesMovesTheirArticlesForTheWriterAtOnceAndForReadersOnceCommitted(Kind kind)
      throws Exception {
    Place place = new Place(kind);
    String flood;
    String festival;
    try (Store writer = place.writer()) {
      ingest(writer, ARTICLES, true);
      flood = writer.article("a1").orElseThrow().storyId();
      festival = writer.article("a3").orElseThrow().storyId();
      assertThat(festival).isNotEqualTo(flood);
      new StoryBook(writer).merge(flood, List.of(festival), "a2");
      // not committed: a writer that stops now leaves the stories as they were
    }
    try (Store reader = place.reader()) {
      assertThat(reader.article("a3").orElseThrow().storyId()).isEqualTo(festival);
      assertThat(reader.story(festival).orElseThrow().merged()).isFalse();
    }
    try (Store writer = place.writer()) {
      assertThat(writer.article("a3").orElseThrow().storyId()).isEqualTo(festival);
      new StoryBook(writer).merge(flood, List.of(festival), "a2");
      assertThat(writer.article("a3").orElseThrow().storyId()).isEqualTo(flood);
      try (Store before = place.reader()) {
        assertThat(before.article("a3").orElseThrow().storyId()).isEqualTo(festival);
      }
      writer.commit();
    }
    try (Store reader = place.reader()) {
      String eventOfA3 = reader.article("a3").orElseThrow().eventId();
      assertThat(reader.articles(List.of("a1", "a3", "a4")))
          .extracting(StoredArticle::storyId)
          .containsOnly(flood);
      List<String> walked = new ArrayList<>();
      reader.forEachArticle(a -> walked.add(a.storyId()));
      assertThat(walked).containsOnly(flood);
      Story merged = reader.story(festival).orElseThrow();
      assertThat(merged.mergedInto()).isEqualTo(flood);
      assertThat(merged.mergedBy()).isEqualTo("a2");
      assertThat(merged.articleIds()).isEmpty();
      Story kept = reader.story(flood).orElseThrow();
      assertThat(kept.articleIds()).containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
      assertThat(kept.eventIds()).contains(eventOfA3);
      assertThat(reader.event(eventOfA3).orElseThrow().storyId()).isEqualTo(flood);
      assertThat(reader.stories()).extracting(Story::id).containsExactly(flood);
      assertThat(reader.counts().stories()).isEqualTo(1);
      assertThat(reader.counts().mergedStories()).isEqualTo(1);
      assertThat(reader.storyIds(SearchRequest.of("jazz", 10))).containsExactly(flood);
      assertThat(reader.search("jazz", 10))
          .singleElement()
          .satisfies(h -> assertThat(h.storyId()).isEqualTo(flood));
      List<Neighbour> near = reader.neighbours(reader.article("a3").orElseThrow().article(), 5);
      assertThat(near).isNotEmpty().extracting(Neighbour::storyId).containsOnly(flood);
    }
    try (Store writer = place.writer()) {
      // the next story made does not take the id of the one merged
      ingest(
          writer,
          List.of(
              raw(
                  "a5",
                  "depeches",
                  "2025-06-01",
                  "Un nouveau pont sur la Vilaine à Redon",
                  "Le département ouvre un pont sur la Vilaine à Redon après deux ans de travaux.")),
          true);
      assertThat(writer.article("a5").orElseThrow().storyId()).isNotIn(flood, festival);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void oneWriterAtATime(Kind kind) throws Exception {
    Place place = new Place(kind);
    try (Store writer = place.writer()) {
      assertThatThrownBy(place::writer).isInstanceOf(StoreLockedException.class);
    }
    try (Store again = place.writer()) {
      assertThat(again.writable()).isTrue();
    }
  }
}
