package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.TestArticles;
import org.trame.analysis.Analysis;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.store.StoredArticle;

/**
 * Snippets are the article's text as it is, with the matches as offsets: what looks like markup or
 * like a mark in an article stays text, and only the matched words are highlighted.
 */
class PlainSnippetsTest {

  @TempDir Path dir;

  private static final String HOSTILE =
      "Le concert est annulé.\nSur le site de la chorale, un plaisantin a écrit"
          + " <script>alert('chorale')</script> et <img src=x onerror=alert(1)>, puis [[chorale]]"
          + " et <mark>faux</mark> à la place du programme.";

  @Test
  void markupAndBracketsInTheTextStayTextAndOnlyMatchesAreHighlighted() throws Exception {
    try (LuceneStore writer = LuceneStore.openForWriting(dir)) {
      writer.add(
          new StoredArticle(
              TestArticles.article("h1", "piege", "fr", "2021-05-10", "Concert annulé", HOSTILE),
              new Analysis(List.of(), List.of()),
              null,
              "s-1",
              "e-1",
              null));
      writer.commit();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      SearchHit hit = store.search(SearchRequest.of("chorale", 5)).hits().get(0);
      String snippet = hit.snippet();
      assertThat(snippet)
          .contains("<script>alert('chorale')</script>")
          .contains("<img src=x onerror=alert(1)>")
          .contains("[[chorale]]")
          .contains("<mark>faux</mark>")
          .doesNotContain("\n");
      assertThat(hit.highlights()).hasSizeGreaterThanOrEqualTo(3);
      int previousEnd = 0;
      for (SearchHit.Highlight h : hit.highlights()) {
        assertThat(h.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(snippet.substring(h.start(), h.end())).isEqualToIgnoringCase("chorale");
        previousEnd = h.end();
      }
      // the command line's marks are around the matched words only
      assertThat(hit.markedSnippet("[", "]"))
          .contains("alert('[chorale]')")
          .contains("[[[chorale]]]")
          .contains("<mark>faux</mark>");
    }
  }
}
