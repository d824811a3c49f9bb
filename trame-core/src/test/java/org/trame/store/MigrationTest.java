package org.trame.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Story;

/**
 * Export and import over the embedded store: the demo corpus exported, imported into a new store
 * and exported again gives the same lines, and the new store answers as the first.
 */
class MigrationTest {

  @TempDir static Path dir;

  private static Path original;
  private static byte[] export;

  @BeforeAll
  static void ingestTheDemoCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("trame.root", "../..")).resolve("demo/corpus");
    original = dir.resolve("original");
    try (Trame trame = Trame.open(original)) {
      trame.ingest(List.of(corpus), IngestListener.NONE);
    }
    export = export(original);
  }

  static byte[] export(Path store) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LuceneStore s = LuceneStore.openForReading(store)) {
      Migration.export(s, out, "test", Instant.now());
    }
    return out.toByteArray();
  }

  static Migration.Header importInto(Path store, byte[] export) throws IOException {
    try (LuceneStore s = LuceneStore.openForWriting(store)) {
      return Migration.importInto(s, new ByteArrayInputStream(export), Migration.Progress.NONE);
    }
  }

  static List<String> lines(byte[] export) {
    return Arrays.asList(new String(export, StandardCharsets.UTF_8).split("\n", -1));
  }

  @Test
  void theExportStartsWithItsHeaderAndHoldsEveryKind() {
    List<String> lines = lines(export);
    assertThat(lines.get(0))
        .startsWith("{\"kind\":\"header\",\"format\":1,\"trame\":\"test\",\"exported\":\"")
        .contains("\"counts\":{\"states\":")
        .contains("\"articles\":72,");
    assertThat(lines).filteredOn(l -> l.startsWith("{\"kind\":\"article\",")).hasSize(72);
    assertThat(lines).anyMatch(l -> l.startsWith("{\"kind\":\"state\","));
    assertThat(lines).anyMatch(l -> l.startsWith("{\"kind\":\"event\","));
    assertThat(lines).anyMatch(l -> l.startsWith("{\"kind\":\"story\","));
    assertThat(lines.get(lines.size() - 1)).isEmpty(); // the last line ends with a newline
  }

  @Test
  void exportedImportedAndExportedAgainGivesTheSameLinesAndTheSameAnswers() throws IOException {
    Path copy = dir.resolve("copy");
    Migration.Header header = importInto(copy, export);
    assertThat(header.counts().articles()).isEqualTo(72);
    byte[] again = export(copy);

    List<String> first = lines(export);
    List<String> second = lines(again);
    assertThat(second).hasSameSizeAs(first);
    assertThat(withoutTime(second.get(0))).isEqualTo(withoutTime(first.get(0)));
    for (int i = 1; i < first.size(); i++) {
      assertThat(second.get(i)).as("line " + (i + 1)).isEqualTo(first.get(i));
    }

    try (Trame a = Trame.openReadOnly(original);
        Trame b = Trame.openReadOnly(copy)) {
      assertSameAnswers(a, b);
    }
  }

  /** Both stores give the same counts, stories, events, copies and search results. */
  public static void assertSameAnswers(Trame a, Trame b) {
    StoreCounts ca = a.status();
    StoreCounts cb = b.status();
    assertThat(cb.articles()).isEqualTo(ca.articles());
    assertThat(cb.duplicates()).isEqualTo(ca.duplicates());
    assertThat(cb.events()).isEqualTo(ca.events());
    assertThat(cb.stories()).isEqualTo(ca.stories());
    assertThat(cb.languages()).isEqualTo(ca.languages());
    assertThat(placements(b)).isEqualTo(placements(a));
    assertThat(b.stories()).isEqualTo(a.stories());
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
            new SearchRequest(
                words,
                null,
                null,
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                sort,
                true,
                5,
                0);
        SearchResult ra = a.search(request);
        SearchResult rb = b.search(request);
        assertThat(rb.total()).as(words).isEqualTo(ra.total());
        assertThat(rb.hits()).as(words + " " + sort).isEqualTo(ra.hits());
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

  static String withoutTime(String header) {
    return header.replaceFirst("\"exported\":\"[^\"]*\"", "\"exported\":\"…\"");
  }

  @Test
  void aBadLineInTheMiddleIsNamedWithHowFarTheImportGot() {
    List<String> lines = new ArrayList<>(lines(export));
    lines.set(40, "{\"kind\":\"article\",\"article\":{oops");
    byte[] bad = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Migration.check(new ByteArrayInputStream(bad)))
        .isInstanceOf(Migration.MalformedExportException.class)
        .hasMessageStartingWith("line 41: not JSON");
    assertThatThrownBy(() -> importInto(dir.resolve("bad"), bad))
        .isInstanceOf(Migration.MalformedExportException.class)
        .hasMessageStartingWith("line 41: not JSON")
        .hasMessageContaining("nothing was committed");

    lines.set(40, "{\"kind\":\"comment\"}");
    byte[] unknown = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Migration.check(new ByteArrayInputStream(unknown)))
        .hasMessageStartingWith("line 41: an unknown kind \"comment\"");

    byte[] cut = String.join("\n", lines(export).subList(0, 30)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Migration.check(new ByteArrayInputStream(cut)))
        .hasMessageStartingWith("line 31: the export ends early");

    byte[] headless =
        String.join("\n", lines(export).subList(1, 10)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Migration.check(new ByteArrayInputStream(headless)))
        .hasMessageStartingWith("line 1: a trame export starts with its header");
  }

  @Test
  void aStoreThatIsNotEmptyIsRefused() {
    assertThatThrownBy(() -> importInto(original, export))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not empty (72 articles");
  }
}
