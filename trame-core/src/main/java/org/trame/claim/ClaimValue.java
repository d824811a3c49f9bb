package org.trame.claim;

import org.trame.article.PublishedDate;

/**
 * One value of a {@link Claim}, with when, where and by whom it was said.
 *
 * @param value the value, a date at its own precision
 * @param said when the supporting article was published, at its precision; null for an undated
 *     article (its value can then neither update nor be updated in time)
 * @param articleId the supporting article
 * @param source the outlet of that article, or null
 * @param change how this value changed what was known before it
 */
public record ClaimValue(
    PublishedDate value, PublishedDate said, String articleId, String source, Change change) {

  /** The value as the JSON and the command line write it: {@code 2023-07-12}, {@code 2023-SU}. */
  public String text() {
    return ClaimDates.label(value);
  }
}
