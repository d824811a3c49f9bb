package org.trame.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trame.article.PublishedDate;

/**
 * What to search for: words (Lucene query syntax, French analysis), filters, order and page.
 *
 * <p>Filters combine with AND. Inside one filter, languages and sources are alternatives (any of
 * them), entities are all required (an article must name each). An empty {@code text} matches every
 * article, so that filters alone can browse the store.
 *
 * @param text the words; blank for all articles
 * @param from first day of the publication period, inclusive, or null; an article dated to a month
 *     (or coarser) matches when its period overlaps
 * @param to last day, inclusive, or null
 * @param languages language codes, any of them (empty: all)
 * @param sources source names as stored, any of them (empty: all)
 * @param entities canonical entity names, case and accents ignored, all of them (empty: all)
 * @param sort the order of hits and stories
 * @param byStory whether to group hits by story (the page then counts stories)
 * @param limit at most this many hits (or stories) in the page
 * @param offset how many hits (or stories) to skip before the page
 */
public record SearchRequest(
    String text,
    LocalDate from,
    LocalDate to,
    Set<String> languages,
    Set<String> sources,
    Set<String> entities,
    Sort sort,
    boolean byStory,
    int limit,
    int offset) {

  /** More hits than this in one page is not a page anyone reads. */
  public static final int MAX_LIMIT = 1000;

  /** How far one may page: beyond, a narrower query serves better. */
  public static final int MAX_OFFSET = 100_000;

  /** The order of results. */
  public enum Sort {
    /** Best match first, then newest. */
    RELEVANCE,
    /** Newest publication first (undated last), then best match. */
    DATE;

    /** Lower case, as the command line and the API write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code relevance} or {@code date}, in any case.
     *
     * @throws IllegalArgumentException naming the value and what is expected
     */
    public static Sort parse(String value) {
      for (Sort s : values()) {
        if (s.label().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "sort: expected 'relevance' or 'date', got '" + value + "'");
    }
  }

  public SearchRequest {
    text = text == null ? "" : text;
    languages = QueryChecks.normalized(languages, true);
    sources = QueryChecks.normalized(sources, false);
    entities = QueryChecks.normalized(entities, false);
    Objects.requireNonNull(sort, "sort");
    QueryChecks.checkRangeAndPage(from, to, limit, MAX_LIMIT, offset, MAX_OFFSET);
  }

  /** The best {@code limit} matches of {@code text}, unfiltered, by relevance. */
  public static SearchRequest of(String text, int limit) {
    return new SearchRequest(
        text, null, null, Set.of(), Set.of(), Set.of(), Sort.RELEVANCE, false, limit, 0);
  }

  /** Whether anything other than the words narrows the search. */
  public boolean filtered() {
    return from != null
        || to != null
        || !languages.isEmpty()
        || !sources.isEmpty()
        || !entities.isEmpty();
  }

  /**
   * The first day of a period given as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null
   * for null or blank.
   *
   * @param name the parameter, named in the message
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public static LocalDate firstDay(String name, String value) {
    PublishedDate period = period(name, value);
    return period == null ? null : period.date();
  }

  /** The last day of a period, as {@link #firstDay} reads it: {@code 2020-09} ends on the 30th. */
  public static LocalDate lastDay(String name, String value) {
    PublishedDate period = period(name, value);
    return period == null ? null : period.lastDay();
  }

  private static PublishedDate period(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PublishedDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + ": expected a date YYYY-MM-DD (or YYYY-MM, YYYY), got '" + value + "'", e);
    }
  }
}
