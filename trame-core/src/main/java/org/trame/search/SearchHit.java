package org.trame.search;

import java.util.List;

/**
 * One article found by a search.
 *
 * @param articleId the article
 * @param title its headline
 * @param storyId its story
 * @param published its publication date as written at its precision, or null
 * @param score relevance, higher is better
 * @param snippet passages of the article's text, as plain text (never markup): passages are joined
 *     by {@code " … "}
 * @param highlights where the matched words are in {@code snippet}, in order and without overlap
 * @param source the outlet it came from, or null
 * @param language its language code
 * @param copies how many copies of it (exact or near) also matched, and were folded into it
 */
public record SearchHit(
    String articleId,
    String title,
    String storyId,
    String published,
    float score,
    String snippet,
    List<Highlight> highlights,
    String source,
    String language,
    int copies) {

  public SearchHit {
    highlights = List.copyOf(highlights);
  }

  /**
   * A matched span of a snippet, {@code snippet.substring(start, end)}: offsets count UTF-16 code
   * units, as Java's and JavaScript's strings do.
   */
  public record Highlight(int start, int end) {
    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "a highlight is a non-empty span, not " + start + "-" + end);
      }
    }
  }

  /**
   * The snippet with each highlight between {@code open} and {@code close}: for a terminal, where
   * the reader tells the marks from the text. Never markup for a page: build elements there.
   */
  public String markedSnippet(String open, String close) {
    StringBuilder out = new StringBuilder(snippet.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(snippet, at, h.start()).append(open).append(snippet, h.start(), h.end());
      out.append(close);
      at = h.end();
    }
    return out.append(snippet, at, snippet.length()).toString();
  }
}
