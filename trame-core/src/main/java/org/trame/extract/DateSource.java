package org.trame.extract;

/**
 * Where a page's publication date was read, from the most trusted source to the least: what the
 * publisher declares for machines first, then what the page shows its readers.
 */
public enum DateSource {
  /** {@code datePublished} of the page's JSON-LD article. */
  JSON_LD,
  /** A meta tag: {@code article:published_time}, {@code date}, {@code DC.date.issued}… */
  META,
  /** Microdata: an element marked {@code itemprop=datePublished}. */
  MICRODATA,
  /** A {@code <time>} element of the article itself, not of a list of other articles. */
  TIME_ELEMENT,
  /** The page's address: {@code /2023/07/12/}, {@code 20230712}, {@code /2023/07/}. */
  URL,
  /** A date written near the headline: "Publié le 12 juillet 2023", "Updated July 3, 2021". */
  TEXT
}
