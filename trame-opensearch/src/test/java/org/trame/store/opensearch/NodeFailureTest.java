package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.store.StoreException;
import org.trame.store.StoredArticle;
import org.trame.story.Story;

/**
 * A node of the cluster dies in the middle of an ingest (killed, as in a crash). Every article
 * whose commit was acknowledged is still there once the cluster has recovered, every story is
 * whole, and the ingest, run again as a user would, completes the store.
 */
class NodeFailureTest {

  @Test
  void nothingAcknowledgedIsLostWhenANodeDiesMidIngest() throws Exception {
    TestCluster cluster = TestCluster.shared();
    OpenSearchAddress address =
        OpenSearchAddress.parse(
            cluster.storeAddress() + "/kill-" + UUID.randomUUID().toString().substring(0, 8));
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    // with two nodes only the elected manager keeps the cluster running: the other one dies
    int victim = 1 - cluster.clusterManager();
    List<String> acknowledged = new ArrayList<>();
    long[] acknowledgedCount = {0};
    boolean[] killed = {false};
    IngestListener killer =
        new IngestListener() {
          @Override
          public void committed(long storedSoFar, String lastStoredId) {
            // null until the input's prefix placed whole holds a stored article
            if (lastStoredId != null) {
              acknowledged.add(lastStoredId);
            }
            acknowledgedCount[0] = storedSoFar;
            if (storedSoFar >= 16 && cluster.isRunning(victim)) {
              cluster.killNode(victim);
              killed[0] = true;
            }
          }
        };
    Trame.Options options = Trame.Options.defaults().withCommitEvery(8);
    try {
      try (Trame writer =
          Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC(), options)) {
        writer.ingest(List.of(corpus), killer);
      }
    } catch (StoreException e) {
      // allowed: the user runs the ingest again, below
      System.err.println("the ingest stopped: " + e.getMessage());
    } finally {
      if (!cluster.isRunning(victim)) {
        cluster.startNode(victim);
      }
    }
    assertThat(killed[0]).as("a node was killed mid-ingest").isTrue();
    assertThat(cluster.isRunning(victim)).isTrue();
    cluster.awaitHealth(TestCluster.Health.GREEN, 2);
    assertThat(acknowledgedCount[0]).as("commits acknowledged before the end").isGreaterThan(16);

    long before;
    try (Trame reader =
        Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC(), options)) {
      before = reader.status().articles();
      assertThat(before).isGreaterThanOrEqualTo(acknowledgedCount[0]);
      for (String id : acknowledged) {
        assertThat(reader.article(id)).as(id).isPresent();
      }
      assertWhole(reader);
    }
    IngestReport again;
    try (Trame writer =
        Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC(), options)) {
      again = writer.ingest(List.of(corpus), IngestListener.NONE);
    }
    try (Trame reader =
        Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC(), options)) {
      assertThat(reader.status().articles()).isEqualTo(72);
      assertThat(again.stored()).isEqualTo(72 - before);
      assertWhole(reader);
    }
  }

  /** Every story's articles readable, each article in one story only. */
  private static void assertWhole(Trame trame) {
    Set<String> seen = new HashSet<>();
    for (Story story : trame.stories()) {
      List<StoredArticle> articles = trame.story(story.id(), null).orElseThrow().articles();
      assertThat(articles).as(story.id()).hasSameSizeAs(story.articleIds());
      for (StoredArticle a : articles) {
        assertThat(seen.add(a.id())).as(a.id() + " in one story").isTrue();
      }
    }
  }
}
