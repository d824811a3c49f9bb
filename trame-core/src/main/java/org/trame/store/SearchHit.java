package org.trame.store;

/**
 * One article found by a search.
 *
 * @param articleId the article
 * @param title its headline
 * @param storyId its story
 * @param published its publication date as written at its precision, or null
 * @param score relevance, higher is better
 * @param snippet a passage with the matched words marked by {@code [} and {@code ]}
 */
public record SearchHit(
    String articleId,
    String title,
    String storyId,
    String published,
    float score,
    String snippet) {}
