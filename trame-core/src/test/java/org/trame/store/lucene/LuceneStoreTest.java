package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.TestArticles;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.search.SearchHit;
import org.trame.store.StoreException;
import org.trame.story.Event;
import org.trame.story.Neighbour;
import org.trame.story.Story;

class LuceneStoreTest {

  @TempDir Path dir;

  private static final Article TRAIN =
      TestArticles.article(
          "a1",
          "2020-10-05",
          "L'acteur se bat sur le toit d'un train en Norvège",
          "Le tournage du septième épisode continue en Norvège : l'acteur y tourne une bagarre"
              + " sur le toit d'un train lancé à pleine vitesse, sans doublure, devant les"
              + " habitants venus regarder les cascades.");
  private static final Article JUMP =
      TestArticles.article(
          "a2",
          "2020-09",
          "Un saut à moto depuis une falaise norvégienne",
          "Pour le septième épisode, l'acteur a sauté d'une falaise en Norvège à moto avant"
              + " d'ouvrir son parachute. Les cascades de ce tournage ont demandé des mois"
              + " d'entraînement.");
  private static final Article BUDGET =
      TestArticles.article(
          "a3",
          "2023-03-16",
          "Le budget de la ville adopté après un long débat",
          "Le conseil municipal a voté le budget annuel : hausse des dépenses pour les écoles,"
              + " baisse pour la voirie, et un emprunt pour la nouvelle piscine.");

  private static void fill(LuceneStore store) {
    store.add(TestArticles.stored(TRAIN, "s-1", "e-1"));
    store.add(TestArticles.stored(JUMP, "s-1", "e-2"));
    store.add(TestArticles.stored(BUDGET, "s-2", "e-3"));
    store.put(
        new Event(
            "e-1", "s-1", TRAIN.title(), List.of("a1"), TRAIN.published(), TRAIN.published()));
    store.put(
        new Event("e-2", "s-1", JUMP.title(), List.of("a2"), JUMP.published(), JUMP.published()));
    store.put(
        new Event(
            "e-3", "s-2", BUDGET.title(), List.of("a3"), BUDGET.published(), BUDGET.published()));
    store.put(
        new Story(
            "s-1",
            JUMP.title(),
            List.of("e-1", "e-2"),
            List.of("a1", "a2"),
            JUMP.published(),
            TRAIN.published()));
    store.put(
        new Story(
            "s-2",
            BUDGET.title(),
            List.of("e-3"),
            List.of("a3"),
            BUDGET.published(),
            BUDGET.published()));
  }

  @Test
  void whatIsCommittedSurvivesARestart() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      fill(store);
      store.commit();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.counts().articles()).isEqualTo(3);
      assertThat(store.counts().stories()).isEqualTo(2);
      assertThat(store.counts().events()).isEqualTo(3);
      assertThat(store.story("s-1"))
          .get()
          .extracting(Story::articleIds)
          .isEqualTo(List.of("a1", "a2"));
      assertThat(store.article("a2"))
          .get()
          .satisfies(a -> {
            assertThat(a.article().published()).isEqualTo(PublishedDate.parse("2020-09"));
            assertThat(a.article().title()).isEqualTo(JUMP.title());
            assertThat(a.storyId()).isEqualTo("s-1");
          });
      // most recently active first
      assertThat(store.stories()).extracting(Story::id).containsExactly("s-2", "s-1");
    }
  }

  @Test
  void whatIsNotCommittedIsDroppedAndTheStoreStillOpens() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(TRAIN, "s-1", "e-1"));
      store.commit();
      store.add(TestArticles.stored(JUMP, "s-1", "e-2"));
      // the writer sees its own uncommitted article
      assertThat(store.article("a2")).isPresent();
    } // closed without commit, as a crash would
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThat(store.article("a1")).isPresent();
      assertThat(store.article("a2")).isEmpty();
    }
  }

  @Test
  void onlyOneWriterAtATimeWithAClearMessage() throws Exception {
    try (LuceneStore first = LuceneStore.openForWriting(dir)) {
      assertThatThrownBy(() -> LuceneStore.openForWriting(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("another trame process is writing to")
          .hasMessageContaining(dir.toString());
      // readers are never locked out
      try (LuceneStore reader = LuceneStore.openForReading(dir)) {
        assertThat(reader.writable()).isFalse();
      }
    }
  }

  @Test
  void neighboursOfADatedArticleComeFromTheYearsAroundItAndTheUndated() throws Exception {
    String title = "Le tournage du septième épisode en Norvège";
    String text =
        "L'acteur tourne une cascade en Norvège pour le septième épisode de la saga, sur le toit"
            + " d'un train puis à moto au bord d'une falaise.";
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      for (String[] a :
          new String[][] {
            {"long-before", "2010-05-01"},
            {"over-three-years-before", "2017-06"},
            {"two-years-before", "2018-11-02"},
            {"same-month", "2020-09"},
            {"undated", null},
            {"long-after", "2031-01-01"}
          }) {
        store.add(TestArticles.stored(TestArticles.article(a[0], a[1], title, text), "s-1", "e-1"));
      }
      store.commit();
      List<Neighbour> found =
          store.neighbours(TestArticles.article("q", "2020-10-10", title, text), 10);
      assertThat(found)
          .extracting(Neighbour::articleId)
          .containsExactlyInAnyOrder("two-years-before", "same-month", "undated");
      // an undated article has no window
      assertThat(store.neighbours(TestArticles.article("u", null, title, text), 10)).hasSize(6);
    }
    // the window holds once the store is opened again
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      assertThat(store.neighbours(TestArticles.article("q", "2031-02", title, text), 10))
          .extracting(Neighbour::articleId)
          .containsExactlyInAnyOrder("long-after", "undated");
    }
  }

  @Test
  void neighboursRankTheSameSubjectFirstFromIndexAndPending() throws Exception {
    Article query =
        TestArticles.article(
            "q",
            "2020-10-10",
            "Nouvelles cascades en Norvège pour le septième épisode",
            "Après le train, l'acteur prépare une autre cascade en Norvège pour ce tournage.");
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      fill(store);
      List<Neighbour> pending = store.neighbours(query, 10);
      store.commit(); // now they come from the index instead
      List<Neighbour> indexed = store.neighbours(query, 10);
      for (List<Neighbour> found : List.of(pending, indexed)) {
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).storyId()).isEqualTo("s-1");
        assertThat(found.get(0).similarity()).isBetween(0.05, 1.0);
        assertThat(found).extracting(Neighbour::articleId).doesNotContain("q");
        found.stream()
            .filter(n -> n.articleId().equals("a3"))
            .forEach(n -> assertThat(n.similarity()).isLessThan(found.get(0).similarity()));
      }
      // pending articles keep the weights of their insertion, indexed ones get today's: the
      // figures differ a little, the ranking must not
      assertThat(indexed)
          .extracting(Neighbour::articleId)
          .containsExactlyElementsOf(pending.stream().map(Neighbour::articleId).toList());
    }
  }

  @Test
  void searchUnderstandsFrenchElisionAccentsAndPlurals() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      fill(store);
      store.commit();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.search("norvege", 10)).extracting(SearchHit::articleId).contains("a1", "a2");
      assertThat(store.search("cascade", 10)).extracting(SearchHit::articleId).contains("a1", "a2");
      assertThat(store.search("acteur", 10)).extracting(SearchHit::articleId).contains("a1");
      assertThat(store.search("piscine", 10))
          .singleElement()
          .satisfies(h -> {
            assertThat(h.articleId()).isEqualTo("a3");
            assertThat(h.markedSnippet("[", "]")).contains("[piscine]");
            assertThat(h.published()).isEqualTo("2023-03-16");
          });
      assertThat(store.search("train falaise", 10)).isEmpty(); // all words must match
      assertThat(store.search("\"toit d'un train\"", 10))
          .extracting(SearchHit::articleId)
          .containsExactly("a1");
      assertThat(store.search("AND (", 10)).isNotNull(); // broken syntax is searched as words
    }
  }

  @Test
  void findsTheOriginalOfAnExactCopy() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      fill(store);
      assertThat(store.originalWithFingerprint(TRAIN.contentHash())).contains("a1");
      store.commit();
      assertThat(store.originalWithFingerprint(TRAIN.contentHash())).contains("a1");
      assertThat(store.originalWithFingerprint("0000")).isEmpty();
    }
  }

  @Test
  void aReaderKnowsWhenAWriterHasCommittedSinceItOpened() throws Exception {
    try (LuceneStore before = LuceneStore.openForReading(dir)) {
      assertThat(before.upToDate()).isTrue();
      try (LuceneStore writer = LuceneStore.openForWriting(dir)) {
        assertThat(writer.upToDate()).isTrue();
        writer.add(TestArticles.stored(TRAIN, "s-1", "e-1"));
        writer.commit();
        // no index when it was opened, one now
        assertThat(before.upToDate()).isFalse();
        try (LuceneStore reader = LuceneStore.openForReading(dir)) {
          assertThat(reader.upToDate()).isTrue();
          writer.add(TestArticles.stored(JUMP, "s-1", "e-2"));
          assertThat(reader.upToDate()).as("nothing committed yet").isTrue();
          writer.commit();
          assertThat(reader.upToDate()).isFalse();
        }
      }
    }
  }

  @Test
  void aMissingStoreReadsAsEmpty() throws Exception {
    try (LuceneStore store = LuceneStore.openForReading(dir.resolve("nothing-here"))) {
      assertThat(store.counts().articles()).isZero();
      assertThat(store.stories()).isEmpty();
      assertThat(store.search("train", 5)).isEmpty();
    }
  }

  @Test
  void aStoreOfAnotherFormatIsRefusedWithAMessage() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("index"));
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
        var writer =
            new org.apache.lucene.index.IndexWriter(
                directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of("trame.format", "0").entrySet());
      writer.commit();
    }
    assertThatThrownBy(() -> LuceneStore.openForReading(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is in format 0")
        .hasMessageContaining("reads format " + LuceneStore.FORMAT);
    assertThatThrownBy(() -> LuceneStore.openForWriting(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("ingest the articles again");
    // the refused writer let go of its lock: a reader-only check passes the same way again
    assertThatThrownBy(() -> LuceneStore.openForWriting(dir)).hasMessageContaining("format 0");
  }

  @Test
  void theTimeOfTheLastIngestIsKept() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      assertThat(store.counts().lastIngest()).isNull();
      store.add(TestArticles.stored(TRAIN, "s-1", "e-1"));
      store.commit();
      assertThat(store.counts().lastIngest()).isNotNull();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.counts().lastIngest())
          .isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());
    }
  }

  @Test
  void articlesWithTheIdsOfStoriesEventsOrStatesAreKeptAndMoveWithTheirStory() throws Exception {
    Article storyLike =
        TestArticles.article("s-1", TRAIN.published().iso(), TRAIN.title(), TRAIN.text());
    Article eventLike =
        TestArticles.article("e-2", JUMP.published().iso(), JUMP.title(), JUMP.text());
    Article stateLike =
        TestArticles.article("state:x", BUDGET.published().iso(), BUDGET.title(), BUDGET.text());
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(storyLike, "s-1", "e-1"));
      store.add(TestArticles.stored(eventLike, "s-1", "e-2"));
      store.add(TestArticles.stored(stateLike, "s-2", "e-3"));
      store.put(new Event("e-1", "s-1", "", List.of("s-1"), null, null));
      store.put(new Event("e-2", "s-1", "", List.of("e-2"), null, null));
      store.put(new Event("e-3", "s-2", "", List.of("state:x"), null, null));
      store.put(new Story("s-1", "", List.of("e-1", "e-2"), List.of("s-1", "e-2"), null, null));
      store.put(new Story("s-2", "", List.of("e-3"), List.of("state:x"), null, null));
      store.putState("x", new byte[] {1});
      store.commit();
      // a commit that writes the story s-1 and the event e-2 again must leave the articles be
      store.put(new Story("s-1", "t", List.of("e-1", "e-2"), List.of("s-1", "e-2"), null, null));
      store.put(new Event("e-2", "s-1", "t", List.of("e-2"), null, null));
      store.putState("x", new byte[] {2});
      store.commit();
      store.moveArticles(List.of("state:x"), "s-1");
      store.moveArticles(List.of("s-1"), "s-1");
      store.commit();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.counts().articles()).isEqualTo(3);
      assertThat(store.articles(List.of("s-1", "e-2", "state:x")))
          .extracting(a -> a.id() + " in " + a.storyId())
          .containsExactly("s-1 in s-1", "e-2 in s-1", "state:x in s-1");
      assertThat(store.story("s-1").orElseThrow().title()).isEqualTo("t");
      assertThat(store.event("e-2").orElseThrow().title()).isEqualTo("t");
      assertThat(store.state("x")).hasValue(new byte[] {2});
      assertThat(store.search("norvège", 10))
          .extracting(SearchHit::articleId)
          .contains("s-1", "e-2");
      assertThat(store.stories()).hasSize(2);
    }
  }
}
