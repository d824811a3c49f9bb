package org.trame.store;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.trame.article.Article;
import org.trame.dedup.CopyCandidate;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.story.Event;
import org.trame.story.Neighbour;
import org.trame.story.Story;
import org.trame.story.TermWeights;

/**
 * Where trame keeps articles, events and stories. Narrow on purpose: the embedded Lucene store
 * implements it today, a distributed one can tomorrow. Writes become durable, all together, at
 * {@link #commit()}; reads by the writer see its own uncommitted writes.
 */
public interface Store extends Closeable {

  // ---- the pipeline's questions

  /** The stored article with this id, if any. */
  Optional<StoredArticle> article(String id);

  /** The first stored article (not itself a duplicate) with this content fingerprint. */
  Optional<String> originalWithFingerprint(String fingerprint);

  /**
   * Stored articles, copies included, that share a near-duplicate band key with {@code article}: at
   * most {@code limit}, those sharing the most bands first, each with its estimated resemblance and
   * its root original. Found by band-key lookups, so the cost does not grow with the store.
   */
  List<CopyCandidate> copyCandidates(Article article, int limit);

  /**
   * The stored articles most similar to {@code article}, best first, duplicates excluded. Found
   * through the index, never by a scan of everything stored; for a dated article, among the
   * articles dated within {@link #NEIGHBOUR_WINDOW_DAYS} of it (and the undated ones), so that the
   * cost of the search follows the articles of those years, not all the store holds.
   */
  List<Neighbour> neighbours(Article article, int limit);

  /**
   * How far apart in time, in days, two articles can be and still be neighbours: three years, a
   * little more than the longest gap between two events of one story seen in the seeds (26 months,
   * 2020-10 to 2022-12).
   */
  int NEIGHBOUR_WINDOW_DAYS = 3 * 366;

  /**
   * The weights of {@code article}'s analysed terms (sublinear TF times the store's current IDF,
   * L2-normalized), as {@link #neighbours} compares them.
   */
  TermWeights termWeights(Article article);

  /**
   * The terms the store's analysis makes of a short text (a name), keyed as {@link #termWeights}
   * keys them, ascending, distinct; the article being placed stays analysed for the calls after.
   */
  long[] terms(String text);

  // ---- writes

  /** Adds a new article; callers check first that its id is not stored ({@link #article}). */
  void add(StoredArticle article);

  void put(Event event);

  /**
   * Moves stored articles, copies included, to story {@code storyId}: when their story is merged
   * into that one. Only the story of their placement changes (their event keeps its id, and the
   * caller puts it with its new story). The writer's reads see the move at once; it is durable, as
   * everything else, at the next {@link #commit()}, and a crash before then leaves the articles
   * where they were. Unknown ids are left out.
   */
  void moveArticles(Collection<String> ids, String storyId);

  void put(Story story);

  /**
   * Replaces what a stage learned and keeps under {@code name} (statistics, not articles); durable
   * with everything else at the next {@link #commit()}.
   */
  void putState(String name, byte[] state);

  /** What was last put under {@code name}, committed or not, if anything. */
  Optional<byte[]> state(String name);

  /** Makes everything written so far durable, atomically. */
  void commit();

  // ---- reads

  Optional<Story> story(String id);

  Optional<Event> event(String id);

  /** All stories, most recently active first. */
  List<Story> stories();

  /** The stored articles with these ids, in the same order; unknown ids are left out. */
  List<StoredArticle> articles(Collection<String> ids);

  /** The articles stored as copies of {@code originalId}, in the order they were stored. */
  List<StoredArticle> copiesOf(String originalId);

  /**
   * Full-text search over titles and clean text, with filters, facets and grouping by story. A copy
   * whose original matches too is folded into it ({@link SearchHit#copies()}).
   */
  SearchResult search(SearchRequest request);

  /**
   * The ids of the stories with at least one article that matches {@code request}'s words and
   * filters; its sort, page and grouping play no part. Through the index: the cost grows with the
   * matches, not the store.
   */
  java.util.Set<String> storyIds(SearchRequest request);

  /**
   * Tells the store that the pipeline will now ask about this new article (an exact copy, copy
   * candidates): a distributed store may send those questions together. Answers must not change.
   */
  default void willPlace(Article article) {}

  /**
   * Whether this writer shares the store with other writer processes, one turn at a time: it then
   * writes and commits only between {@link #takeTurn} and {@link #endTurn}.
   */
  default boolean takesTurns() {
    return false;
  }

  /**
   * Waits for this writer's turn to write (a no-op for a store with one writer).
   *
   * @return whether another writer committed since this one's last turn: what the store answers
   *     (events, stories, states, counts) may have changed, and what was built over it must be
   *     built again
   */
  default boolean takeTurn() {
    return false;
  }

  /** Ends this writer's turn, after its commit. */
  default void endTurn() {}

  /** The best {@code limit} hits for {@code query}, unfiltered; none for blank words. */
  default List<SearchHit> search(String query, int limit) {
    return query.isBlank() ? List.of() : search(SearchRequest.of(query, limit)).hits();
  }

  StoreCounts counts();

  // ---- everything, for an export (see Migration)

  /**
   * Calls {@code each} with every article this store shows, copies included, one at a time and in
   * the order they were stored: a reader's, those committed when it was opened; a writer's, also
   * those it added since. Streams: never holds them all at once.
   */
  void forEachArticle(Consumer<StoredArticle> each);

  /** Every event, in the order they were created. */
  List<Event> eventsAsCreated();

  /** Every story, in the order they were created ({@link #stories()} orders them by activity). */
  List<Story> storiesAsCreated();

  /** Every named state ({@link #putState}), by name: for a writer, uncommitted ones included. */
  Map<String, byte[]> states();

  /** Whether this store was opened for writing. */
  boolean writable();

  /**
   * Whether this store shows everything committed to it so far: a writer always does; a reader
   * shows what was committed when it was opened, and is out of date once another process commits.
   */
  boolean upToDate();
}
