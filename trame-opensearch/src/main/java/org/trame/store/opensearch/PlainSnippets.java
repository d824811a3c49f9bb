package org.trame.store.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.trame.search.SearchHit;

/**
 * Search snippets as the embedded store gives them: plain text and the spans of its matches, no
 * markup anyone would have to escape. OpenSearch marks matches with two control characters that
 * cleaned text never holds; they are taken out here and become offsets.
 */
final class PlainSnippets {

  static final String OPEN = "\u0001";
  static final String CLOSE = "\u0002";
  private static final String ELLIPSIS = " … ";

  private PlainSnippets() {}

  record Snippet(String text, List<SearchHit.Highlight> highlights) {}

  /** The fragments, in the order OpenSearch gave them, joined by an ellipsis. */
  static Snippet of(List<String> fragments) {
    StringBuilder text = new StringBuilder();
    List<SearchHit.Highlight> highlights = new ArrayList<>();
    for (String fragment : fragments) {
      if (!text.isEmpty()) {
        text.append(ELLIPSIS);
      }
      int start = -1;
      for (int i = 0; i < fragment.length(); i++) {
        char c = fragment.charAt(i);
        if (c == OPEN.charAt(0)) {
          start = text.length();
        } else if (c == CLOSE.charAt(0)) {
          if (start >= 0 && text.length() > start) {
            highlights.add(new SearchHit.Highlight(start, text.length()));
          }
          start = -1;
        } else {
          text.append(c == '\n' || c == '\r' ? ' ' : c);
        }
      }
    }
    return new Snippet(text.toString(), highlights);
  }
}
