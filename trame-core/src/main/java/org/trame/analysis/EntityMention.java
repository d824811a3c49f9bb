package org.trame.analysis;

/**
 * A named entity in an article's full text (title, blank line, text).
 *
 * @param text the surface form
 * @param type PER, ORG, LOC, WORK, or MISC when the tagger cannot tell
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record EntityMention(String text, String type, int start, int end) {}
