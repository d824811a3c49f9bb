package org.trame.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which stories to list, in which order, and which page of them: what {@code trame stories} and
 * {@code /api/stories} take.
 *
 * <p>Languages and sources say which articles count (any of the languages, any of the sources). A
 * story is listed when, among the articles that count, one matches the words and, for each entity,
 * one names it (not necessarily the same article: a story names an entity when any of its articles
 * does). The date range is on the story's activity: its span, from its first article to its last,
 * overlaps the range; undated stories match no range.
 *
 * @param text words in Lucene query syntax, French analysis; blank for any
 * @param entities canonical entity names, case and accents ignored, all of them (empty: any)
 * @param sources source names as stored, any of them (empty: all)
 * @param languages language codes, any of them (empty: all)
 * @param from first day of the range, inclusive, or null
 * @param to last day, inclusive, or null
 * @param sort the order of the list
 * @param limit at most this many stories in the page
 * @param offset how many stories to skip before the page
 */
public record StoryQuery(
    String text,
    Set<String> entities,
    Set<String> sources,
    Set<String> languages,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int limit,
    int offset) {

  /** More stories than this in one page is not a page anyone reads. */
  public static final int MAX_LIMIT = 1000;

  /** How far one may page: beyond, a narrower query serves better. */
  public static final int MAX_OFFSET = 1_000_000;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** The order of the list. */
  public enum Sort {
    /** Most recently active first: the latest article's day, newest first. */
    ACTIVITY,
    /** Newest first by when the story began (its first article); undated stories last. */
    DATE,
    /** Most articles first, then most recently active. */
    SIZE;

    /** Lower case, as the command line and the API write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code activity}, {@code date} or {@code size}, in any case.
     *
     * @throws IllegalArgumentException naming the parameter, the value and what is expected
     */
    public static Sort parse(String value) {
      for (Sort s : values()) {
        if (s.label().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "sort: expected 'activity', 'date' or 'size', got '" + value + "'");
    }
  }

  public StoryQuery {
    text = text == null ? "" : text.strip();
    entities = QueryChecks.normalized(entities, false);
    sources = QueryChecks.normalized(sources, false);
    languages = QueryChecks.normalized(languages, true);
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "lang: expected a language code such as fr or en, got '" + language + "'");
      }
    }
    Objects.requireNonNull(sort, "sort");
    QueryChecks.checkRangeAndPage(from, to, limit, MAX_LIMIT, offset, MAX_OFFSET);
  }

  /** Every story, most recently active first, {@code limit} at a time. */
  public static StoryQuery all(int limit, int offset) {
    return new StoryQuery(
        "", Set.of(), Set.of(), Set.of(), null, null, Sort.ACTIVITY, limit, offset);
  }

  /** Whether the articles decide: words, entities, sources or languages were given. */
  public boolean byArticles() {
    return !text.isEmpty() || !entities.isEmpty() || !sources.isEmpty() || !languages.isEmpty();
  }

  /** Whether anything narrows the list. */
  public boolean filtered() {
    return byArticles() || from != null || to != null;
  }
}
