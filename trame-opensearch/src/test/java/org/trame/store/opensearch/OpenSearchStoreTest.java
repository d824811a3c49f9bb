package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.search.SearchRequest;
import org.trame.store.StoreException;
import org.trame.store.StoreLockedException;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;
import org.trame.story.StoryBook;

/** What the OpenSearch store does of its own: commits, crashes, readers, one writer, formats. */
class OpenSearchStoreTest {

  private static OpenSearchAddress fresh() {
    return TestCluster.shared().freshStore("t");
  }

  private static StoredArticle article(String id, String story, String title, String text) {
    Article a =
        new Article(
            id,
            "la-gazette",
            null,
            title,
            null,
            text,
            null,
            PublishedDate.parse("2022-12-19"),
            "fr",
            true,
            Instant.parse("2026-12-06T00:00:00Z"),
            "hash-" + id);
    return new StoredArticle(a, Analysis.EMPTY, null, story, "e-" + id, null);
  }

  private static void placeAlone(OpenSearchStore store, StoredArticle a) {
    PublishedDate d = a.article().published();
    store.add(a);
    store.put(new Event(a.eventId(), a.storyId(), a.article().title(), List.of(a.id()), d, d));
    store.put(
        new Story(a.storyId(), a.article().title(), List.of(a.eventId()), List.of(a.id()), d, d));
  }

  private static final StoredArticle FJORD =
      article(
          "a1",
          "s-1",
          "Un saut à moto au-dessus d'un fjord",
          "L'acteur a sauté d'une falaise norvégienne à moto pendant le tournage.");
  private static final StoredArticle TRAIN =
      article(
          "a2",
          "s-2",
          "Une bagarre sur le toit d'un train",
          "Le tournage s'est poursuivi sur le toit d'un train lancé dans les montagnes.");

  @Test
  void whatIsCommittedSurvivesAndWhatIsNotIsDroppedByTheNextWriter() throws Exception {
    OpenSearchAddress address = fresh();
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      placeAlone(writer, FJORD);
      writer.commit();
      placeAlone(writer, TRAIN);
      // the writer sees its own uncommitted article
      assertThat(writer.article("a2")).isPresent();
      assertThat(writer.counts().articles()).isEqualTo(2);
      // a reader opened now sees only the commit
      try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
        assertThat(reader.article("a2")).isEmpty();
        assertThat(reader.counts().articles()).isEqualTo(1);
        assertThat(reader.search("tournage", 10))
            .extracting(h -> h.articleId())
            .containsExactly("a1");
        assertThat(reader.story("s-2")).isEmpty();
      }
    } // closed without committing a2: as after a crash
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      assertThat(writer.article("a1")).isPresent();
      assertThat(writer.article("a2")).isEmpty();
      assertThat(writer.counts().articles()).isEqualTo(1);
      assertThat(writer.search("tournage", 10))
          .extracting(h -> h.articleId())
          .containsExactly("a1");
      assertThat(writer.story("s-1").orElseThrow().articleIds()).containsExactly("a1");
      assertThat(writer.story("s-2")).isEmpty();
    }
  }

  @Test
  void aCommitWhoseJournalWasNotAppliedIsAppliedByTheNextWriter() throws Exception {
    OpenSearchAddress address = fresh();
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      placeAlone(writer, FJORD);
      writer.commit();
    }
    // a writer that stopped between the commit record and applying its journal: the story and
    // event documents never reached the clusters index
    http("POST", "/" + address.prefix() + "-clusters/_delete_by_query?refresh=true", "{}", true);
    deleteClusterDocs(address);
    try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
      assertThat(reader.story("s-1")).isEmpty();
    }
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      assertThat(writer.story("s-1").orElseThrow().articleIds()).containsExactly("a1");
      assertThat(writer.event("e-a1")).isPresent();
    }
    try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
      assertThat(reader.story("s-1")).isPresent();
    }
  }

  @Test
  void articlesMovedByAMergeInAJournalNotAppliedAreMovedByTheNextWriter() throws Exception {
    OpenSearchAddress address = fresh();
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      placeAlone(writer, FJORD);
      placeAlone(writer, TRAIN);
      writer.commit();
      new StoryBook(writer).merge("s-1", List.of("s-2"), "a2");
      // until the commit, the writer reads the move from what it keeps, the index has not got it
      assertThat(writer.article("a2").orElseThrow().storyId()).isEqualTo("s-1");
      writer.commit();
    }
    // a writer that stopped between the commit record and applying its journal: the article's
    // document still names the story it was in
    http(
        "POST",
        "/" + address.prefix() + "-articles/_update/a2?refresh=true",
        "{\"doc\":{\"story\":\"s-2\"}}",
        false);
    try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
      assertThat(reader.article("a2").orElseThrow().storyId()).isEqualTo("s-2");
    }
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      assertThat(writer.article("a2").orElseThrow().storyId()).isEqualTo("s-1");
    }
    try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
      assertThat(reader.article("a2").orElseThrow().storyId()).isEqualTo("s-1");
      assertThat(reader.story("s-2").orElseThrow().mergedInto()).isEqualTo("s-1");
      assertThat(reader.story("s-1").orElseThrow().articleIds()).containsExactly("a1", "a2");
      assertThat(reader.event("e-a2").orElseThrow().storyId()).isEqualTo("s-1");
    }
  }

  private static void deleteClusterDocs(OpenSearchAddress address) throws Exception {
    String index = address.prefix() + "-clusters";
    for (String id : List.of("s-1", "e-a1")) {
      http("DELETE", "/" + index + "/_doc/" + id + "?refresh=true", null, false);
    }
  }

  private static void http(String method, String path, String body, boolean mayFail)
      throws Exception {
    String host = TestCluster.shared().httpHosts().get(0);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://" + host + path))
                    .header("Content-Type", "application/json")
                    .method(
                        method,
                        body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (!mayFail) {
      assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    }
  }

  @Test
  void aReaderKnowsWhenAWriterHasCommittedSinceItOpened() throws Exception {
    OpenSearchAddress address = fresh();
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      placeAlone(writer, FJORD);
      writer.commit();
      try (OpenSearchStore reader = OpenSearchStore.openForReading(address)) {
        assertThat(reader.upToDate()).isTrue();
        placeAlone(writer, TRAIN);
        assertThat(reader.upToDate()).isTrue(); // not committed yet
        writer.commit();
        assertThat(reader.upToDate()).isFalse();
        assertThat(reader.counts().articles()).isEqualTo(1); // what it showed, it still shows
      }
    }
  }

  @Test
  void onlyOneWriterAtATimeWithAClearMessage() throws Exception {
    OpenSearchAddress address = fresh();
    try (OpenSearchStore writer = OpenSearchStore.openForWriting(address)) {
      assertThatThrownBy(() -> OpenSearchStore.openForWriting(address))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("another trame process is writing to " + address)
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    // released on close
    OpenSearchStore.openForWriting(address).close();
  }

  @Test
  void aMissingStoreReadsAsEmpty() throws Exception {
    try (OpenSearchStore reader = OpenSearchStore.openForReading(fresh())) {
      assertThat(reader.counts().articles()).isZero();
      assertThat(reader.stories()).isEmpty();
      assertThat(reader.article("a1")).isEmpty();
      assertThat(reader.search(SearchRequest.of("tournage", 10)).total()).isZero();
      assertThat(reader.copiesOf("a1")).isEmpty();
    }
  }

  @Test
  void indicesOfAnotherKindAreRefusedWithAMessage() throws Exception {
    OpenSearchAddress address = fresh();
    http("PUT", "/" + address.prefix() + "-meta", "{}", false);
    assertThatThrownBy(() -> OpenSearchStore.openForReading(address))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is not a trame store's")
        .hasMessageContaining("use another prefix");
  }

  @Test
  void anUnreachableClusterIsOneClearError() {
    OpenSearchAddress nowhere = OpenSearchAddress.parse("opensearch://127.0.0.1:9/x");
    assertThatThrownBy(() -> OpenSearchStore.openForReading(nowhere))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot reach OpenSearch at opensearch://127.0.0.1:9/x");
  }
}
