package org.trame.extract;

/**
 * Finds the main text of a web page: the article, without the site around it (menus, links to other
 * stories, comments, sharing buttons). Implementations never throw on bad input: a page they cannot
 * read gives an {@link Extraction} with empty text.
 */
public interface Extractor {

  /**
   * @param html the page as served; may be broken, empty or null
   * @param url where it was fetched from, to resolve relative links; may be null
   */
  Extraction extract(String html, String url);
}
