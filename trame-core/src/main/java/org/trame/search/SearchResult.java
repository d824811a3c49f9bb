package org.trame.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param total matching articles, copies folded into their original
 * @param hits the page of hits ({@link SearchRequest#offset()}, {@link SearchRequest#limit()}), in
 *     the order asked for
 * @param storyTotal stories with a matching article
 * @param stories when grouping by story, the page of stories, in the order of their best hit;
 *     otherwise empty
 * @param facets counts over every matching article, not the page only
 */
public record SearchResult(
    long total, List<SearchHit> hits, long storyTotal, List<StoryHits> stories, Facets facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    stories = List.copyOf(stories);
  }

  public static final SearchResult EMPTY =
      new SearchResult(0, List.of(), 0, List.of(), Facets.NONE);

  /**
   * The matching articles of one story.
   *
   * @param storyId the story
   * @param title its title (the best hit's when the story is unknown)
   * @param count how many of its articles match
   * @param hits its best hits, in the order asked for
   */
  public record StoryHits(String storyId, String title, long count, List<SearchHit> hits) {
    public StoryHits {
      hits = List.copyOf(hits);
    }
  }

  /**
   * Counts over all matching articles, for narrowing a search.
   *
   * @param entities the most named typed entities (MISC left out, as in a story's entities), most
   *     frequent first
   * @param sources the sources with most matches, most first
   * @param months {@code YYYY-MM} months in order, for articles dated to the day or the month
   */
  public record Facets(List<EntityCount> entities, List<Count> sources, List<Count> months) {
    public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

    public Facets {
      entities = List.copyOf(entities);
      sources = List.copyOf(sources);
      months = List.copyOf(months);
    }
  }

  /** An entity by its canonical name and its commonest type, in {@code count} matching articles. */
  public record EntityCount(String name, String type, long count) {}

  /** A value shared by {@code count} matching articles. */
  public record Count(String value, long count) {}
}
