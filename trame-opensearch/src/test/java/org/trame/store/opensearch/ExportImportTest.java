package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.store.Migration;
import org.trame.store.Store;
import org.trame.store.StoreCounts;
import org.trame.store.StoreException;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Story;

/**
 * A store moved from the embedded one to OpenSearch and back with {@link Migration}: the export of
 * the OpenSearch store is the export it was made from, and the store imported back answers as the
 * original.
 */
class ExportImportTest {

  @TempDir Path dir;

  @Test
  void embeddedToOpenSearchAndBackLosesNothing() throws Exception {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    Path original = dir.resolve("original");
    try (Trame trame = Trame.open(original)) {
      trame.ingest(List.of(corpus), IngestListener.NONE);
    }
    byte[] first;
    try (Store s = LuceneStore.openForReading(original)) {
      first = export(s);
    }

    OpenSearchAddress address =
        OpenSearchAddress.parse(
            TestCluster.shared().storeAddress()
                + "/migrate-"
                + UUID.randomUUID().toString().substring(0, 8));
    try (Store s = OpenSearchStore.openForWriting(address)) {
      Migration.importInto(s, new ByteArrayInputStream(first), Migration.Progress.NONE);
    }
    byte[] second;
    try (Store s = OpenSearchStore.openForReading(address)) {
      second = export(s);
    }
    assertSameLines(second, first);

    // a store that is not empty is refused
    try (Store s = OpenSearchStore.openForWriting(address)) {
      assertThatThrownBy(() ->
              Migration.importInto(s, new ByteArrayInputStream(first), Migration.Progress.NONE))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("not empty (72 articles");
    }
    try (Store s = OpenSearchStore.openForReading(address)) {
      assertThat(s.counts().articles()).isEqualTo(72);
    }

    Path back = dir.resolve("back");
    try (Store s = LuceneStore.openForWriting(back)) {
      Migration.importInto(s, new ByteArrayInputStream(second), Migration.Progress.NONE);
    }
    try (Store s = LuceneStore.openForReading(back)) {
      assertSameLines(export(s), first);
    }
    try (Trame a = Trame.openReadOnly(original);
        Trame b = Trame.openReadOnly(back);
        Trame os =
            Trame.over(OpenSearchStore.openForReading(address), java.time.Clock.systemUTC())) {
      assertSameAnswers(a, b, true);
      assertSameAnswers(a, os, false);
    }
  }

  private static byte[] export(Store store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Migration.export(store, out, "test", Instant.now());
    return out.toByteArray();
  }

  private static void assertSameLines(byte[] actual, byte[] expected) {
    List<String> a = List.of(new String(actual, StandardCharsets.UTF_8).split("\n"));
    List<String> e = List.of(new String(expected, StandardCharsets.UTF_8).split("\n"));
    assertThat(a).hasSameSizeAs(e);
    assertThat(withoutTime(a.get(0))).isEqualTo(withoutTime(e.get(0)));
    for (int i = 1; i < e.size(); i++) {
      assertThat(a.get(i)).as("line " + (i + 1)).isEqualTo(e.get(i));
    }
  }

  private static String withoutTime(String header) {
    return header.replaceFirst("\"exported\":\"[^\"]*\"", "");
  }

  /** The same counts, stories, events, articles, copies and search results; scores if exact. */
  private static void assertSameAnswers(Trame a, Trame b, boolean sameScores) {
    StoreCounts ca = a.status();
    StoreCounts cb = b.status();
    assertThat(cb.articles()).isEqualTo(ca.articles()).isEqualTo(72);
    assertThat(cb.duplicates()).isEqualTo(ca.duplicates());
    assertThat(cb.events()).isEqualTo(ca.events());
    assertThat(cb.stories()).isEqualTo(ca.stories());
    assertThat(cb.languages()).isEqualTo(ca.languages());
    assertThat(b.stories()).isEqualTo(a.stories());
    assertThat(placements(b)).isEqualTo(placements(a));
    for (Story s : a.stories()) {
      for (String id : s.articleIds()) {
        assertThat(b.article(id)).as(id).isEqualTo(a.article(id));
        assertThat(b.copiesOf(id)).as(id).isEqualTo(a.copiesOf(id));
      }
    }
    for (String words :
        List.of("cascade", "Tom Cruise", "\"sortie du film\"", "norvège moto", "l'acteur")) {
      for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
        SearchRequest request =
            new SearchRequest(words, null, null, Set.of(), Set.of(), Set.of(), sort, true, 5, 0);
        SearchResult ra = a.search(request);
        SearchResult rb = b.search(request);
        assertThat(rb.total()).as(words).isEqualTo(ra.total());
        if (sameScores) {
          assertThat(rb.hits()).as(words + " " + sort).isEqualTo(ra.hits());
        } else {
          assertThat(rb.hits().stream().map(h -> h.articleId() + ":" + h.copies()).toList())
              .as(words + " " + sort)
              .isEqualTo(ra.hits().stream().map(h -> h.articleId() + ":" + h.copies()).toList());
        }
        assertThat(rb.facets()).as(words).isEqualTo(ra.facets());
        assertThat(rb.storyTotal()).as(words).isEqualTo(ra.storyTotal());
      }
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
}
