package org.trame.analysis;

/**
 * A temporal expression in an article's full text, resolved against the publication date.
 *
 * @param text the surface form ("le 12 juillet 2023")
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3-style normalized value ({@code 2023-07-12}, {@code 2020-09}), or null when it
 *     could not be resolved
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record TimeMention(String text, String type, String value, int start, int end) {}
