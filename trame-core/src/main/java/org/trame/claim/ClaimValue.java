package org.trame.claim;

import org.trame.article.PublishedDate;

/**
 * One value of a {@link Claim}, with when, where and by whom it was said.
 *
 * @param value the value: a date at its own precision, a quantity, a name, an actor in a part
 * @param said when the supporting article was published, at its precision; null for an undated
 *     article (its value can then neither update nor be updated in time)
 * @param articleId the supporting article
 * @param source the outlet of that article, or null
 * @param change how this value changed what was known before it
 */
public record ClaimValue(
    Value value, PublishedDate said, String articleId, String source, Change change) {

  /** A date value. */
  public ClaimValue(
      PublishedDate value, PublishedDate said, String articleId, String source, Change change) {
    this(new Value.When(value), said, articleId, source, change);
  }

  /**
   * The value as the JSON and the command line write it: {@code 2023-07-12}, {@code 2023-SU},
   * {@code ≥12}, {@code 290000000 USD}, {@code Christopher McQuarrie}.
   */
  public String text() {
    return value.text();
  }
}
