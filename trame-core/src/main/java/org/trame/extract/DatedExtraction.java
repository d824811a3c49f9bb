package org.trame.extract;

/**
 * An extraction with where its publication date came from, for measuring the extractor.
 *
 * @param extraction what the page gave
 * @param dateSource where {@code extraction.published()} was read; null when there is no date
 */
public record DatedExtraction(Extraction extraction, DateSource dateSource) {}
