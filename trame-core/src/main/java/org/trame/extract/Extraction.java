package org.trame.extract;

import org.trame.article.PublishedDate;

/**
 * What was found in one page. Every field but {@code text} may be null when the page does not say;
 * {@code text} is never null (empty when no main text was found).
 *
 * @param title the page's headline, without the site's name that titles often add
 * @param text the main text, paragraphs separated by a blank line
 * @param canonicalUrl the URL the page names as its own, else the URL it was fetched from
 * @param siteName the publication's name
 * @param author the author (or authors, comma separated) as the page names them
 * @param language the primary language subtag the page declares, lower case ({@code en}): {@code
 *     <html lang>}, else {@code og:locale}, else the {@code content-language} meta
 * @param published the publication date, at the precision the page gives it
 */
public record Extraction(
    String title,
    String text,
    String canonicalUrl,
    String siteName,
    String author,
    String language,
    PublishedDate published) {

  public Extraction {
    text = text == null ? "" : text;
  }

  /** Nothing found: what a page that cannot be read gives. */
  public static Extraction empty(String url) {
    return new Extraction(null, "", url, null, null, null, null);
  }

  public boolean hasText() {
    return !text.isBlank();
  }
}
