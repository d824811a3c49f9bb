package org.trame.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.SearchResult.Count;
import org.trame.search.SearchResult.EntityCount;
import org.trame.search.SearchResult.Facets;
import org.trame.search.SearchResult.StoryHits;

/**
 * What every store does with the articles that match a search, once it has found them: a copy whose
 * original matches too is folded into it, facets are counted over what is left, hits are sorted and
 * paged, and grouped by story. One implementation, so that the embedded store and a distributed one
 * answer the same request with the same result.
 */
public final class SearchAssembly {

  /** Between an entity's type and its name in {@link Match#entityFacets()}. */
  public static final char SEPARATOR = '\u001f';

  private static final int STORY_HITS = 3;
  private static final int ENTITY_FACETS = 20;
  private static final int SOURCE_FACETS = 20;

  private SearchAssembly() {}

  /**
   * One matching article as a store reads it cheaply (no stored JSON): where it is placed, its
   * date, and its facet values.
   *
   * @param key the store's handle to read it in full later (a Lucene doc id, a position)
   * @param published its first day as epoch day, or {@link Long#MIN_VALUE} when undated
   * @param duplicateOf its original's id, empty when it is no copy
   * @param months {@code YYYY-MM} when dated to the day or month
   * @param entityFacets {@code TYPE + SEPARATOR + canonical name} per entity
   */
  public record Match(
      int key,
      float score,
      String id,
      String storyId,
      String duplicateOf,
      long published,
      List<String> sources,
      List<String> months,
      List<String> entityFacets) {}

  /** Reads the shown matches in full: their hits, by {@link Match#key()}. */
  @FunctionalInterface
  public interface HitReader {
    /**
     * @param copies the number of copies folded into each shown match, by key
     */
    Map<Integer, SearchHit> read(List<Match> shown, Map<Integer, Integer> copies);
  }

  /**
   * The hit a store shows for a match it has read in full, with its snippet and the number of
   * copies folded into it.
   */
  public static SearchHit hit(
      org.trame.store.StoredArticle stored,
      Match match,
      String snippet,
      List<SearchHit.Highlight> highlights,
      int copies) {
    org.trame.article.Article a = stored.article();
    return new SearchHit(
        a.id(),
        a.title(),
        // the match's: read from the placement, which a merge of stories changes
        match.storyId() == null || match.storyId().isEmpty() ? stored.storyId() : match.storyId(),
        a.published() == null ? null : a.published().iso(),
        match.score(),
        snippet,
        highlights,
        a.source(),
        a.language(),
        copies);
  }

  /** An entity name as filters compare it: case, accents, apostrophes and spacing ignored. */
  public static String entityKey(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The result of {@code request} over all its {@code matches}, in any order.
   *
   * @param storyTitle the title of a story by its id, or null when unknown
   */
  public static SearchResult assemble(
      SearchRequest request,
      List<Match> matches,
      HitReader reader,
      Function<String, String> storyTitle) {
    if (matches.isEmpty()) {
      return SearchResult.EMPTY;
    }
    // a copy whose original matches too is folded into it: the same text is one result
    Map<String, Match> byId = new HashMap<>();
    matches.forEach(m -> byId.put(m.id(), m));
    Map<Integer, Integer> copies = new HashMap<>();
    List<Match> kept = new ArrayList<>();
    for (Match m : matches) {
      Match original = m.duplicateOf().isEmpty() ? null : byId.get(m.duplicateOf());
      if (original != null) {
        copies.merge(original.key(), 1, Integer::sum);
      } else {
        kept.add(m);
      }
    }
    Facets facets = facets(kept);
    kept.sort(hitOrder(request.sort()));

    Map<String, List<Match>> byStory = new LinkedHashMap<>();
    kept.forEach(m -> byStory.computeIfAbsent(m.storyId(), k -> new ArrayList<>()).add(m));

    List<Match> page = page(kept, request);
    List<List<Match>> storyPage =
        request.byStory() ? page(new ArrayList<>(byStory.values()), request) : List.of();
    Map<Integer, Match> shown = new LinkedHashMap<>();
    page.forEach(m -> shown.putIfAbsent(m.key(), m));
    storyPage.forEach(members ->
        members
            .subList(0, Math.min(STORY_HITS, members.size()))
            .forEach(m -> shown.putIfAbsent(m.key(), m)));
    Map<Integer, SearchHit> hits =
        shown.isEmpty() ? Map.of() : reader.read(new ArrayList<>(shown.values()), copies);

    List<StoryHits> stories = new ArrayList<>();
    for (List<Match> members : storyPage) {
      List<SearchHit> best =
          members.subList(0, Math.min(STORY_HITS, members.size())).stream()
              .map(m -> hits.get(m.key()))
              .toList();
      String title = storyTitle.apply(members.get(0).storyId());
      stories.add(
          new StoryHits(
              members.get(0).storyId(),
              title != null ? title : best.get(0).title(),
              members.size(),
              best));
    }
    return new SearchResult(
        kept.size(),
        page.stream().map(m -> hits.get(m.key())).toList(),
        byStory.size(),
        stories,
        facets);
  }

  /** The stories of {@code matches}: those with a story id. */
  public static Set<String> storyIds(List<Match> matches) {
    Set<String> ids = new HashSet<>();
    for (Match m : matches) {
      if (m.storyId() != null && !m.storyId().isEmpty()) {
        ids.add(m.storyId());
      }
    }
    return ids;
  }

  private static <T> List<T> page(List<T> all, SearchRequest request) {
    int from = Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.limit());
    return all.subList(from, to);
  }

  /** The order of hits: by score or date first, as asked, then the other, then id. */
  public static Comparator<Match> hitOrder(SearchRequest.Sort sort) {
    Comparator<Match> byScore = Comparator.comparingDouble((Match m) -> m.score()).reversed();
    Comparator<Match> byDate = Comparator.comparingLong(Match::published).reversed();
    Comparator<Match> first =
        sort == SearchRequest.Sort.DATE
            ? byDate.thenComparing(byScore)
            : byScore.thenComparing(byDate);
    return first.thenComparing(Match::id);
  }

  /** Counts of sources, entities and months over {@code kept}. */
  private static Facets facets(List<Match> kept) {
    Map<String, Long> sources = new HashMap<>();
    Map<String, Long> months = new HashMap<>();
    Map<String, Long> entityArticles = new HashMap<>();
    Map<String, Long> entityValues = new HashMap<>();
    for (Match m : kept) {
      m.sources().forEach(v -> sources.merge(v, 1L, Long::sum));
      m.months().forEach(v -> months.merge(v, 1L, Long::sum));
      // one article counts once per entity, whatever types and spellings it gives it
      Set<String> seen = new HashSet<>();
      for (String v : m.entityFacets()) {
        entityValues.merge(v, 1L, Long::sum);
        seen.add(entityKey(v.substring(v.indexOf(SEPARATOR) + 1)));
      }
      seen.forEach(k -> entityArticles.merge(k, 1L, Long::sum));
    }
    return facets(sources, months, entityArticles, entityValues);
  }

  /**
   * The facets of counts a store made over what a search kept (a distributed store, with
   * aggregations): articles by source, by month, by entity ({@link #entityKey}), and by entity
   * value ({@code TYPE + SEPARATOR + name}, each article counting each of its values once).
   */
  public static Facets facets(
      Map<String, Long> sources,
      Map<String, Long> months,
      Map<String, Long> entityArticles,
      Map<String, Long> entityValues) {
    Map<String, EntityTally> entities = new HashMap<>();
    entityValues.forEach((v, count) -> {
      int cut = v.indexOf(SEPARATOR);
      String name = v.substring(cut + 1);
      entities
          .computeIfAbsent(entityKey(name), k -> new EntityTally())
          .see(v.substring(0, cut), name, count);
    });
    entities.forEach((key, tally) -> tally.articles = entityArticles.getOrDefault(key, 0L));
    List<EntityCount> entityCounts =
        entities.values().stream()
            .map(EntityTally::count)
            .filter(e -> !e.type().equals("MISC"))
            .sorted(
                Comparator.comparingLong(EntityCount::count)
                    .reversed()
                    .thenComparing(EntityCount::name))
            .limit(ENTITY_FACETS)
            .toList();
    List<Count> sourceCounts =
        sources.entrySet().stream()
            .map(e -> new Count(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value))
            .limit(SOURCE_FACETS)
            .toList();
    List<Count> monthCounts =
        new TreeMap<>(months)
            .entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    return new Facets(entityCounts, sourceCounts, monthCounts);
  }

  /** How many facets of sources and of entities a result shows. */
  public static final int SHOWN_SOURCES = SOURCE_FACETS;

  /** Hits shown per story when a result is grouped by story. */
  public static final int HITS_PER_STORY = STORY_HITS;

  /** What the matches say of one entity: in how many, under which types and names. */
  private static final class EntityTally {
    long articles;
    final Map<String, Long> types = new HashMap<>();
    final Map<String, Long> names = new HashMap<>();

    void see(String type, String name, long times) {
      types.merge(type, times, Long::sum);
      names.merge(name, times, Long::sum);
    }

    EntityCount count() {
      return new EntityCount(commonest(names), commonest(types), articles);
    }

    private static String commonest(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .max(
              Map.Entry.<String, Long>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow()
          .getKey();
    }
  }
}
