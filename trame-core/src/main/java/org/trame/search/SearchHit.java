package org.trame.search;

/**
 * One article found by a search.
 *
 * @param articleId the article
 * @param title its headline
 * @param storyId its story
 * @param published its publication date as written at its precision, or null
 * @param score relevance, higher is better
 * @param snippet a passage with the matched words marked by {@code [} and {@code ]}
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
    String source,
    String language,
    int copies) {}
