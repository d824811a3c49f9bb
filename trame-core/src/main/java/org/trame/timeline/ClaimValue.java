package org.trame.timeline;

import org.trame.article.PublishedDate;

/**
 * One value of a {@link Claim}, with when and where it was said.
 *
 * @param value the value as normalized text ({@code 2023-07-12})
 * @param said when the supporting article was published
 * @param articleId the supporting article
 */
public record ClaimValue(String value, PublishedDate said, String articleId) {}
