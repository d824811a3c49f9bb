package org.trame.story;

import org.trame.article.PublishedDate;

/**
 * A stored article similar to a new one, as candidate retrieval found it.
 *
 * @param articleId the stored article
 * @param storyId its story
 * @param eventId its event
 * @param published its publication date, or null
 * @param similarity cosine of their TF-IDF vectors over the analysed text, in [0, 1]
 */
public record Neighbour(
    String articleId, String storyId, String eventId, PublishedDate published, double similarity) {}
