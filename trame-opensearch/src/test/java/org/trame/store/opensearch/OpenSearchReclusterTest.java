package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Recluster;
import org.trame.Trame;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.store.StoreException;
import org.trame.store.StoredArticle;
import org.trame.story.Story;

/**
 * A recluster of an OpenSearch store builds the next generation of its indices and switches to it:
 * the same report and the same stories as the embedded store's recluster of the same articles.
 */
class OpenSearchReclusterTest {

  @TempDir Path dir;

  private static OpenSearchAddress fresh(String name) {
    return TestCluster.shared().freshStore(name);
  }

  /** The demo corpus's outlets, last first: late articles come in before earlier ones. */
  private static List<Path> backwards() throws Exception {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    try (Stream<Path> list = Files.list(corpus)) {
      return list.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList();
    }
  }

  @Test
  void reclusteringGivesWhatTheEmbeddedStoresReclusterGivesAndSwitchesGenerations()
      throws Exception {
    List<Path> input = backwards();
    Path embeddedDir = dir.resolve("embedded");
    try (Trame embedded = Trame.open(embeddedDir)) {
      embedded.ingest(input, IngestListener.NONE);
    }
    Recluster.Report expected =
        Trame.recluster(embeddedDir, Trame.Options.defaults(), Recluster.Progress.NONE);

    OpenSearchAddress address = fresh("recluster");
    try (Trame distributed =
        Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC())) {
      distributed.ingest(input, IngestListener.NONE);
    }
    Trame before = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC());
    Recluster.Report report =
        OpenSearchRecluster.run(address, Trame.Options.defaults(), Recluster.Progress.NONE);

    assertThat(report.articles()).isEqualTo(expected.articles()).isEqualTo(72);
    assertThat(report.stories()).isEqualTo(expected.stories());
    assertThat(report.events()).isEqualTo(expected.events());
    assertThat(report.merges()).isEqualTo(expected.merges());
    assertThat(report.splits()).isEqualTo(expected.splits());

    // a reader opened before is told it is out of date; one opened now reads the new stories
    assertThat(before.upToDate()).isFalse();
    before.close();
    try (Trame embedded = Trame.openReadOnly(embeddedDir);
        Trame after = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
      assertThat(placements(after)).isEqualTo(placements(embedded));
      assertThat(after.lastRecluster().orElseThrow().articles()).isEqualTo(72);
    }
    try (OpenSearchStore store = OpenSearchStore.openForReading(address)) {
      assertThat(store.generation()).isEqualTo(1);
    }
    Connection os = new Connection(address);
    String p = address.prefix();
    assertThat(exists(os, p + "-articles")).isFalse();
    assertThat(exists(os, p + "-gen1-articles")).isTrue();
    assertThat(exists(os, p + "-gen1-meta")).isFalse();

    // the store goes on: a writer adds to the new generation, a second recluster makes the next
    try (Trame writer = Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC())) {
      writer.ingest(
          List.of(
              new RawArticle(
                  "late",
                  "la-vigie",
                  null,
                  "Un article de plus",
                  null,
                  "Un article arrivé après le recluster, sur un tout autre sujet : la fête du pain.",
                  PublishedDate.parse("2025-05-16"),
                  "fr",
                  "late")),
          IngestListener.NONE);
      assertThat(writer.status().articles()).isEqualTo(73);
    }
    OpenSearchRecluster.run(address, Trame.Options.defaults(), Recluster.Progress.NONE);
    try (Trame after = Trame.over(OpenSearchStore.openForReading(address), Clock.systemUTC())) {
      assertThat(after.status().articles()).isEqualTo(73);
      assertThat(after.article("late")).isPresent();
    }
    assertThat(exists(os, p + "-gen1-articles")).isFalse();
    assertThat(exists(os, p + "-gen2-articles")).isTrue();
    os.close();
  }

  @Test
  void whatAnInterruptedReclusterLeftIsRemovedAndIndicesNotItsAreLeftAlone() throws Exception {
    OpenSearchAddress address = fresh("leftover");
    try (Trame writer = Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC())) {
      writer.ingest(List.of(backwards().get(0)), IngestListener.NONE);
    }
    // a recluster that stopped while building generation 1
    OpenSearchAddress builder = address.withPrefix(address.prefix() + "-gen1");
    try (OpenSearchStore half = OpenSearchStore.openForWriting(builder)) {
      half.markAsReclusterOf(address.prefix());
    }
    OpenSearchRecluster.run(address, Trame.Options.defaults(), Recluster.Progress.NONE);
    try (OpenSearchStore store = OpenSearchStore.openForReading(address)) {
      assertThat(store.generation()).isEqualTo(1);
    }

    // indices under the next generation's name that are another store's: refused, kept
    OpenSearchAddress other = address.withPrefix(address.prefix() + "-gen2");
    try (Trame someoneElse = Trame.over(OpenSearchStore.openForWriting(other), Clock.systemUTC())) {
      someoneElse.ingest(List.of(backwards().get(1)), IngestListener.NONE);
    }
    assertThatThrownBy(() ->
            OpenSearchRecluster.run(address, Trame.Options.defaults(), Recluster.Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("are not an unfinished recluster of " + address.prefix());
    try (Trame someoneElse = Trame.over(OpenSearchStore.openForReading(other), Clock.systemUTC())) {
      assertThat(someoneElse.status().articles()).isPositive();
    }
  }

  private static boolean exists(Connection os, String index) {
    return os.attempt("HEAD", "/" + index, Map.of(), null).status() == 200;
  }

  private static Map<String, String> placements(Trame trame) {
    Map<String, String> placed = new TreeMap<>();
    for (Story s : trame.stories()) {
      for (StoredArticle a : trame.story(s.id(), null).orElseThrow().articles()) {
        placed.put(a.id(), a.storyId() + " " + a.eventId() + " " + a.duplicateOf());
      }
    }
    return placed;
  }
}
