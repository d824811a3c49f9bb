package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.store.StoreCounts;
import org.trame.store.StoreException;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;

/**
 * Writer processes that share one store take turns: each prepares its articles on its own, and
 * places and commits them in its turn, after reading what the others committed. Two writers here
 * are two stores in one JVM, each with its own connection, as two processes would be.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SharedWritersTest {

  /**
   * Seconds a writer waits for the other to open. A writer that does not end is stopped by the
   * class's timeout, which prints every thread's stack.
   */
  private static final long WRITER_TIME = 180;

  @TempDir Path dir;

  private static OpenSearchAddress fresh(String name) {
    return TestCluster.shared().freshStore(name);
  }

  private static Trame writer(OpenSearchAddress address) {
    return Trame.over(
        OpenSearchStore.openForWritingInTurns(address),
        Clock.systemUTC(),
        Trame.Options.defaults().withWorkers(2));
  }

  @Test
  void twoWritersAtOnceStoreEveryArticleOnceInWholeStories() throws Exception {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    List<Path> outlets;
    try (Stream<Path> list = Files.list(corpus)) {
      outlets = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(outlets).hasSizeGreaterThan(4);
    List<Path> first = new ArrayList<>();
    List<Path> second = new ArrayList<>();
    for (int i = 0; i < outlets.size(); i++) {
      (i % 2 == 0 ? first : second).add(outlets.get(i));
    }
    // the same folders, so that the articles have the same ids; each writer's share is one block,
    // placed in one turn, so the writers' result is a serial ingest of one share then the other
    StoreCounts serial;
    Map<String, String> firstThenSecond;
    Map<String, String> secondThenFirst;
    try (Trame alone = Trame.open(dir.resolve("serial"))) {
      alone.ingest(Stream.concat(first.stream(), second.stream()).toList(), IngestListener.NONE);
      serial = alone.status();
      firstThenSecond = storyOfEachArticle(alone);
    }
    try (Trame alone = Trame.open(dir.resolve("serial-other-order"))) {
      alone.ingest(Stream.concat(second.stream(), first.stream()).toList(), IngestListener.NONE);
      secondThenFirst = storyOfEachArticle(alone);
    }

    OpenSearchAddress address = fresh("shared");
    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    try {
      List<Future<IngestReport>> reports = new ArrayList<>();
      for (List<Path> half : List.of(first, second)) {
        reports.add(
            two.submit(() -> {
              try (Trame trame = opened(address, ready)) {
                awaitTheOther(ready);
                return trame.ingest(half, IngestListener.NONE);
              }
            }));
      }
      long stored = 0;
      for (Future<IngestReport> r : reports) {
        IngestReport report = r.get();
        assertThat(report.rejected()).isEmpty();
        stored += report.stored();
      }
      assertThat(stored).isEqualTo(serial.articles());
    } finally {
      two.shutdownNow();
    }

    try (Trame reader = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
      StoreCounts counts = reader.status();
      assertThat(counts.articles()).isEqualTo(serial.articles()).isEqualTo(72);
      // each wire copy found its original, whichever writer had it
      assertThat(counts.duplicates()).isEqualTo(serial.duplicates());
      // every article in exactly one story and one event, which list it
      Set<String> listed = new HashSet<>();
      for (Story s : reader.stories()) {
        for (String id : s.articleIds()) {
          assertThat(listed.add(id)).as(id + " listed twice").isTrue();
          StoredArticle a = reader.article(id).orElseThrow();
          assertThat(a.storyId()).isEqualTo(s.id());
          Event e = reader.event(a.eventId()).orElseThrow();
          assertThat(e.storyId()).isEqualTo(s.id());
          assertThat(e.articleIds()).contains(id);
        }
      }
      assertThat(listed).hasSize(72);
      // what each writer learned of its own outlets' furniture is kept, not only the last's
      org.trame.clean.SourceFurniture furniture =
          org.trame.clean.SourceFurniture.fromBytes(
              reader.keptState("clean.furniture").orElseThrow());
      Set<String> sources = new HashSet<>();
      for (Story s : reader.stories()) {
        s.articleIds()
            .forEach(id -> sources.add(reader.article(id).orElseThrow().article().source()));
      }
      assertThat(sources).hasSizeGreaterThan(4);
      assertThat(sources).allSatisfy(source -> assertThat(furniture.articles(source)).isPositive());
      Map<String, String> shared = storyOfEachArticle(reader);
      double one = bCubedF1(shared, firstThenSecond);
      double other = bCubedF1(shared, secondThenFirst);
      System.out.printf(
          "two writers in turns against serial ingests: B-cubed F1 %.3f (first share first),"
              + " %.3f (second first)%n",
          one, other);
      // whichever writer had the first turn, the stories are a serial ingest's in that order
      // (up to weights: articles the serial ingest still held unrefreshed are indexed here)
      assertThat(Math.max(one, other)).isGreaterThan(0.95);
    }
  }

  /**
   * Two writers that open a new store at the same moment: one creates the indices, the other finds
   * them, and both then read them. Before the opening waited for every node to know the new shards
   * started, about one pair in forty failed (503, no shard to search); 20 pairs are tried.
   */
  @Test
  void twoWritersOpeningANewStoreAtOnceBothOpen() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (int pair = 0; pair < 20; pair++) {
        OpenSearchAddress address = fresh("opening");
        CountDownLatch ready = new CountDownLatch(2);
        List<Future<?>> opened = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          opened.add(
              two.submit(() -> {
                ready.countDown();
                awaitTheOther(ready);
                try (OpenSearchStore store = OpenSearchStore.openForWritingInTurns(address)) {
                  assertThat(store.takesTurns()).isTrue();
                }
                return null;
              }));
        }
        for (Future<?> f : opened) {
          f.get();
        }
      }
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void twoWritersGivenTheSameNewEventAtTheSameMomentMakeOneEvent() throws Exception {
    OpenSearchAddress address = fresh("same-event");
    RawArticle one =
        article(
            "orage-1",
            "la-vigie",
            "Un orage de grêle ravage les vignes de Saint-Émilion",
            "Jeudi soir, un orage de grêle a frappé les vignes de Saint-Émilion. Les viticulteurs"
                + " de la Gironde estiment avoir perdu une grande partie de la récolte. Le maire,"
                + " Bernard Lucheux, demande l'état de catastrophe naturelle.");
    RawArticle other =
        article(
            "orage-2",
            "le-phare",
            "Saint-Émilion : la grêle détruit une partie de la récolte",
            "Les vignes de Saint-Émilion ont été frappées jeudi soir par la grêle. En Gironde, les"
                + " viticulteurs comptent leurs pertes sur la récolte, et le maire Bernard Lucheux"
                + " réclame l'état de catastrophe naturelle pour la commune.");
    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (RawArticle a : List.of(one, other)) {
        done.add(
            two.submit(() -> {
              try (Trame trame = opened(address, ready)) {
                awaitTheOther(ready);
                trame.ingest(List.of(a), IngestListener.NONE);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return null;
            }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      two.shutdownNow();
    }
    try (Trame reader = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
      StoredArticle a = reader.article("orage-1").orElseThrow();
      StoredArticle b = reader.article("orage-2").orElseThrow();
      // whichever came second saw the first: one story, one event, not two of each
      assertThat(reader.stories()).hasSize(1);
      assertThat(b.storyId()).isEqualTo(a.storyId());
      assertThat(b.eventId()).isEqualTo(a.eventId());
      assertThat(reader.status().events()).isEqualTo(1);
    }
  }

  @Test
  void aWriterWhoseTurnWasTakenOverCommitsNothing() throws Exception {
    OpenSearchAddress address = fresh("stalled");
    try (OpenSearchStore first = OpenSearchStore.openForWritingInTurns(address);
        OpenSearchStore second = OpenSearchStore.openForWritingInTurns(address);
        Connection os = new Connection(address)) {
      first.takeTurn();
      first.putState("first", new byte[] {1});
      // as if its lease ran out while it stalled, and the second writer took the turn
      os.call(
          "DELETE", "/" + address.prefix() + "-meta/_doc/writer", Map.of("refresh", "true"), null);
      second.takeTurn();
      second.putState("second", new byte[] {2});
      second.commit();
      assertThatThrownBy(first::commit)
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("was taken over by another while it stalled");
      // coming back, it lets go of its turn: the lock, now the second's, stays
      first.endTurn();
      String lock = "/" + address.prefix() + "-meta/_doc/writer";
      assertThat(os.attempt("GET", lock, Map.of(), null).status()).isEqualTo(200);
      second.endTurn();
      assertThat(os.attempt("GET", lock, Map.of(), null).status()).isEqualTo(404);
    }
    try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
      assertThat(reader.state("second")).isPresent();
      assertThat(reader.state("first")).isEmpty();
    }
  }

  @Test
  void aWriterThatDiedInItsTurnIsTakenOverAndWhatItHadNotCommittedIsUndone() throws Exception {
    OpenSearchAddress address = fresh("died");
    OpenSearchStore dead = OpenSearchStore.openForWritingInTurns(address);
    try (Connection os = new Connection(address)) {
      // it places 70 articles (64 are sent to the cluster at its first refresh) and dies
      org.trame.Pipeline pipeline = org.trame.Pipeline.standard(dead, Clock.systemUTC());
      dead.takeTurn();
      for (int i = 0; i < 70; i++) {
        pipeline.process(
            article(
                "lost-" + i,
                "la-vigie",
                "Brève numéro " + i,
                "Une brève de la vigie, numéro " + i + ", sur la fête du village et son bal."));
      }
      os.call("POST", "/" + address.prefix() + "-articles/_refresh", Map.of(), null);
      long sent =
          os.call("GET", "/" + address.prefix() + "-articles/_count", Map.of(), null)
              .path("count")
              .asLong();
      assertThat(sent).isGreaterThanOrEqualTo(64);
      // its lease ran out (a process of another machine that stopped answering)
      com.fasterxml.jackson.databind.node.ObjectNode lock = Connection.object();
      lock.put("kind", "lock")
          .put("pid", 1)
          .put("host", "elsewhere")
          .put("since", "2026-01-01T00:00:00Z");
      lock.put("expires", "2026-01-01T00:02:00Z");
      os.call("PUT", "/" + address.prefix() + "-meta/_doc/writer", Map.of("refresh", "true"), lock);

      try (Trame next = writer(address)) {
        IngestReport report =
            next.ingest(
                List.of(
                    article(
                        "kept",
                        "le-phare",
                        "La fête du village",
                        "Le bal de la fête du village a réuni les habitants samedi soir.")),
                IngestListener.NONE);
        assertThat(report.stored()).isEqualTo(1);
      }
      try (Trame reader = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
        assertThat(reader.status().articles()).isEqualTo(1);
        assertThat(reader.article("kept")).isPresent();
        assertThat(reader.article("lost-0")).isEmpty();
        assertThat(reader.stories()).hasSize(1);
      }
      os.call("POST", "/" + address.prefix() + "-articles/_refresh", Map.of(), null);
      assertThat(
              os.call("GET", "/" + address.prefix() + "-articles/_count", Map.of(), null)
                  .path("count")
                  .asLong())
          .as("the dead writer's articles are removed, not only hidden")
          .isEqualTo(1);
    } finally {
      // had it come back, its commit would be refused (aWriterWhoseTurnWasTakenOverCommitsNothing)
      try {
        dead.close();
      } catch (RuntimeException e) {
        // it may fail to let go of a lock that is no longer its own
      }
    }
  }

  /**
   * Opens a writer and counts it as ready, or as given up if it could not open: its failure is then
   * what the test reports, not the other writer waiting for it.
   */
  private static Trame opened(OpenSearchAddress address, CountDownLatch ready) {
    try {
      return writer(address);
    } finally {
      ready.countDown();
    }
  }

  private static void awaitTheOther(CountDownLatch ready) throws InterruptedException {
    if (!ready.await(WRITER_TIME, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the other writer did not open its store");
    }
  }

  private static RawArticle article(String id, String source, String title, String text) {
    return new RawArticle(
        id, source, null, title, null, text, PublishedDate.parse("2025-06-13"), "fr", id);
  }

  private static Map<String, String> storyOfEachArticle(Trame trame) {
    Map<String, String> story = new HashMap<>();
    for (Story s : trame.stories()) {
      s.articleIds().forEach(id -> story.put(id, s.id()));
    }
    return story;
  }

  /** B-cubed F1 of {@code predicted} clusters against {@code gold} ones, over gold's items. */
  private static double bCubedF1(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Set<String>> predictedMembers = members(predicted);
    Map<String, Set<String>> goldMembers = members(gold);
    double precision = 0;
    double recall = 0;
    for (String item : gold.keySet()) {
      Set<String> p = predictedMembers.get(predicted.get(item));
      Set<String> g = goldMembers.get(gold.get(item));
      Set<String> both = new HashSet<>(p);
      both.retainAll(g);
      precision += both.size() / (double) p.size();
      recall += both.size() / (double) g.size();
    }
    precision /= gold.size();
    recall /= gold.size();
    return 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Set<String>> members(Map<String, String> clusterOf) {
    Map<String, Set<String>> members = new HashMap<>();
    clusterOf.forEach(
        (item, cluster) -> members.computeIfAbsent(cluster, k -> new HashSet<>()).add(item));
    return members;
  }
}
