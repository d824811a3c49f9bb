package org.trame.store.lucene;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.io.IOException;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;
import org.trame.article.Precision;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.SearchResult.Count;
import org.trame.search.SearchResult.EntityCount;
import org.trame.search.SearchResult.Facets;
import org.trame.search.SearchResult.StoryHits;
import org.trame.store.StoredArticle;

/**
 * Search over the store's index: the fields an article gets for filters and facets, and the search
 * itself. Kept apart from {@link LuceneStore}, which owns the index and hands a searcher over.
 *
 * <p>Every matching article is read once, from doc values only (its placement, date and facet
 * values), so that totals, facets and story groups count all matches, and copies can be folded into
 * their original; stored JSON is decoded and text highlighted for the page alone. The cost grows
 * with the matches, not with the store.
 *
 * <p>Fields added after format 2 was set ({@code source}, {@code entity}, {@code month}, the
 * publication period as points) are simply missing from articles stored earlier: a filter on them
 * matches none of those, facets leave them out, and the rest works.
 */
final class LuceneSearch {

  /** The outlet, indexed for filters and with sorted-set doc values for facets. */
  static final String SOURCE = "source";

  /** Each named entity's canonical name, folded by {@link #entityKey}, for filters. */
  static final String ENTITY = "entity";

  /** {@code TYPE \u001f canonical name} per entity, doc values only, for facets. */
  static final String ENTITY_FACET = "entity_facet";

  /** {@code YYYY-MM} for articles dated to the day or month, doc values only, for facets. */
  static final String MONTH = "month";

  /** Epoch days of the first and last day of the publication period, as points. */
  static final String FIRST_DAY = "published_first";

  static final String LAST_DAY = "published_last";

  private static final char SEPARATOR = '\u001f';
  private static final int STORY_HITS = 3;
  private static final int ENTITY_FACETS = 20;
  private static final int SOURCE_FACETS = 20;

  private LuceneSearch() {}

  /** Adds to an article's document the fields search filters and counts on. */
  static void index(Document doc, StoredArticle stored) {
    Article a = stored.article();
    if (a.source() != null && !a.source().isBlank()) {
      doc.add(new KeywordField(SOURCE, a.source(), Field.Store.NO));
    }
    Set<String> keys = new HashSet<>();
    Set<String> facets = new HashSet<>();
    for (EntityMention m : stored.analysis().entities()) {
      String key = entityKey(m.canonical());
      if (key.isEmpty()) {
        continue;
      }
      if (keys.add(key)) {
        doc.add(new StringField(ENTITY, key, Field.Store.NO));
      }
      String facet = m.type() + SEPARATOR + m.canonical().strip();
      if (facets.add(facet)) {
        doc.add(new SortedSetDocValuesField(ENTITY_FACET, new BytesRef(facet)));
      }
    }
    if (a.published() != null) {
      doc.add(new IntPoint(FIRST_DAY, Math.toIntExact(a.published().date().toEpochDay())));
      doc.add(new IntPoint(LAST_DAY, Math.toIntExact(a.published().lastDay().toEpochDay())));
      Precision p = a.published().precision();
      if (p == Precision.DAY || p == Precision.MONTH) {
        String month = YearMonth.from(a.published().date()).toString();
        doc.add(new SortedSetDocValuesField(MONTH, new BytesRef(month)));
      }
    }
  }

  /** An entity name as filters compare it: case, accents, apostrophes and spacing ignored. */
  static String entityKey(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The words of a request as a query over titles (counting double) and text; AND by default. */
  static Query parse(String text, Analyzer analyzer) throws ParseException {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {LuceneStore.TITLE, LuceneStore.TEXT},
            analyzer,
            Map.of(LuceneStore.TITLE, 2f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      // not meant as query syntax: search the words (lower-case "and" is a word, not an operator)
      String words = text.replaceAll("[^\\p{L}\\p{N}'’\\s]+", " ").toLowerCase(Locale.ROOT);
      return words.isBlank() ? new BooleanQuery.Builder().build() : parser.parse(words);
    }
  }

  /** The words and every filter of {@code request}, over articles only. */
  static Query query(Query words, SearchRequest request) {
    BooleanQuery.Builder q =
        new BooleanQuery.Builder()
            .add(words, Occur.MUST)
            .add(new TermQuery(new Term(LuceneStore.KIND, LuceneStore.ARTICLE)), Occur.FILTER);
    // periods overlap the range: the article's period starts by its end and ends from its start
    if (request.from() != null) {
      int from = Math.toIntExact(request.from().toEpochDay());
      q.add(IntPoint.newRangeQuery(LAST_DAY, from, Integer.MAX_VALUE), Occur.FILTER);
    }
    if (request.to() != null) {
      int to = Math.toIntExact(request.to().toEpochDay());
      q.add(IntPoint.newRangeQuery(FIRST_DAY, Integer.MIN_VALUE, to), Occur.FILTER);
    }
    if (!request.languages().isEmpty()) {
      q.add(anyOf(LuceneStore.LANGUAGE, request.languages()), Occur.FILTER);
    }
    if (!request.sources().isEmpty()) {
      q.add(anyOf(SOURCE, request.sources()), Occur.FILTER);
    }
    for (String entity : request.entities()) {
      q.add(new TermQuery(new Term(ENTITY, entityKey(entity))), Occur.FILTER);
    }
    return q.build();
  }

  private static Query anyOf(String field, Collection<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    return any.build();
  }

  /** One matching article, as read from doc values. */
  private static final class Match {
    final int doc;
    final float score;
    final String id;
    final String storyId;
    final String duplicateOf;
    final long published;
    int copies;

    Match(int doc, float score, String id, String storyId, String duplicateOf, long published) {
      this.doc = doc;
      this.score = score;
      this.id = id;
      this.storyId = storyId;
      this.duplicateOf = duplicateOf;
      this.published = published;
    }
  }

  /**
   * Runs {@code request} on {@code searcher}.
   *
   * @param storyTitle the title of a story by its id, or null when unknown
   */
  static SearchResult search(
      IndexSearcher searcher,
      Analyzer analyzer,
      SearchRequest request,
      Function<String, String> storyTitle)
      throws IOException, ParseException {
    Query words = parse(request.text(), analyzer);
    Query query = query(words, request);
    int count = searcher.count(query);
    if (count == 0) {
      return SearchResult.EMPTY;
    }
    List<Match> matches = read(searcher, searcher.search(query, count));

    // a copy whose original matches too is folded into it: the same text is one result
    Map<String, Match> byId = new HashMap<>();
    matches.forEach(m -> byId.put(m.id, m));
    List<Match> kept = new ArrayList<>();
    for (Match m : matches) {
      Match original = m.duplicateOf.isEmpty() ? null : byId.get(m.duplicateOf);
      if (original != null) {
        original.copies++;
      } else {
        kept.add(m);
      }
    }
    Facets facets = facets(searcher, kept);
    kept.sort(order(request.sort()));

    Map<String, List<Match>> byStory = new LinkedHashMap<>();
    kept.forEach(m -> byStory.computeIfAbsent(m.storyId, k -> new ArrayList<>()).add(m));

    List<Match> page = page(kept, request);
    List<List<Match>> storyPage =
        request.byStory() ? page(new ArrayList<>(byStory.values()), request) : List.of();
    List<Match> shown = new ArrayList<>(page);
    storyPage.forEach(
        members -> shown.addAll(members.subList(0, Math.min(STORY_HITS, members.size()))));
    Map<Integer, SearchHit> hits = hits(searcher, analyzer, words, shown);

    List<StoryHits> stories = new ArrayList<>();
    for (List<Match> members : storyPage) {
      List<SearchHit> best =
          members.subList(0, Math.min(STORY_HITS, members.size())).stream()
              .map(m -> hits.get(m.doc))
              .toList();
      String title = storyTitle.apply(members.get(0).storyId);
      stories.add(
          new StoryHits(
              members.get(0).storyId,
              title != null ? title : best.get(0).title(),
              members.size(),
              best));
    }
    return new SearchResult(
        kept.size(),
        page.stream().map(m -> hits.get(m.doc)).toList(),
        byStory.size(),
        stories,
        facets);
  }

  private static <T> List<T> page(List<T> all, SearchRequest request) {
    int from = Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.limit());
    return all.subList(from, to);
  }

  private static Comparator<Match> order(SearchRequest.Sort sort) {
    Comparator<Match> byScore = Comparator.comparingDouble((Match m) -> m.score).reversed();
    Comparator<Match> byDate = Comparator.comparingLong((Match m) -> m.published).reversed();
    Comparator<Match> first =
        sort == SearchRequest.Sort.DATE
            ? byDate.thenComparing(byScore)
            : byScore.thenComparing(byDate);
    return first.thenComparing(m -> m.id);
  }

  /** Placement and date of every hit, from doc values, walking each segment forwards. */
  private static List<Match> read(IndexSearcher searcher, TopDocs top) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = top.scoreDocs.clone();
    java.util.Arrays.sort(docs, Comparator.comparingInt((ScoreDoc h) -> h.doc));
    List<Match> matches = new ArrayList<>(docs.length);
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues placements = null;
    NumericDocValues published = null;
    for (ScoreDoc hit : docs) {
      int index = ReaderUtil.subIndex(hit.doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        placements = leaf.reader().getBinaryDocValues(LuceneStore.PLACEMENT);
        published = leaf.reader().getNumericDocValues(LuceneStore.PUBLISHED);
      }
      int doc = hit.doc - leaf.docBase;
      if (placements == null || !placements.advanceExact(doc)) {
        continue; // every article has its placement: this is no article
      }
      // id, story, event, published, estimated, duplicate of
      String[] p = placements.binaryValue().utf8ToString().split("\t", -1);
      long day =
          published != null && published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
      matches.add(new Match(hit.doc, hit.score, p[0], p[1], p.length > 5 ? p[5] : "", day));
    }
    return matches;
  }

  /** Counts of sources, entities and months over {@code kept}, which is in doc id order. */
  private static Facets facets(IndexSearcher searcher, List<Match> kept) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, Long> sources = new HashMap<>();
    Map<String, Long> months = new TreeMap<>();
    Map<String, EntityTally> entities = new HashMap<>();
    int start = 0;
    while (start < kept.size()) {
      int leafIndex = ReaderUtil.subIndex(kept.get(start).doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      int end = start;
      while (end < kept.size() && kept.get(end).doc < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      List<Match> inLeaf = kept.subList(start, end);
      countValues(
          leaf,
          SOURCE,
          inLeaf,
          (values, m) -> values.forEach(v -> sources.merge(v, 1L, Long::sum)));
      countValues(
          leaf, MONTH, inLeaf, (values, m) -> values.forEach(v -> months.merge(v, 1L, Long::sum)));
      countValues(
          leaf,
          ENTITY_FACET,
          inLeaf,
          (values, m) -> {
            // one article counts once per entity, whatever types and spellings it gives it
            Map<String, String> seen = new HashMap<>();
            for (String v : values) {
              int cut = v.indexOf(SEPARATOR);
              String name = v.substring(cut + 1);
              seen.putIfAbsent(entityKey(name), v);
              entities
                  .computeIfAbsent(entityKey(name), k -> new EntityTally())
                  .see(v.substring(0, cut), name);
            }
            seen.keySet().forEach(k -> entities.get(k).articles++);
          });
      start = end;
    }
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
        months.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    return new Facets(entityCounts, sourceCounts, monthCounts);
  }

  /** What the matches of one leaf say of one entity: in how many, under which types and names. */
  private static final class EntityTally {
    long articles;
    final Map<String, Integer> types = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();

    void see(String type, String name) {
      types.merge(type, 1, Integer::sum);
      names.merge(name, 1, Integer::sum);
    }

    EntityCount count() {
      return new EntityCount(commonest(names), commonest(types), articles);
    }

    private static String commonest(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow()
          .getKey();
    }
  }

  @FunctionalInterface
  private interface ValuesVisitor {
    void visit(List<String> values, Match match);
  }

  /**
   * Calls {@code visit} with the values of {@code field} of each match in one leaf, in doc order;
   * each distinct value of the leaf is decoded once.
   */
  private static void countValues(
      LeafReaderContext leaf, String field, List<Match> inLeaf, ValuesVisitor visit)
      throws IOException {
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
    if (values == null) {
      return; // an older store, or no article of this segment has any
    }
    LongObjectHashMap<String> decoded = new LongObjectHashMap<>();
    List<String> of = new ArrayList<>();
    for (Match m : inLeaf) {
      if (!values.advanceExact(m.doc - leaf.docBase)) {
        continue;
      }
      of.clear();
      for (int i = 0; i < values.docValueCount(); i++) {
        long ord = values.nextOrd();
        String v = decoded.get(ord);
        if (v == null) {
          v = values.lookupOrd(ord).utf8ToString();
          decoded.put(ord, v);
        }
        of.add(v);
      }
      visit.visit(of, m);
    }
  }

  /** The hits for {@code shown}, by global doc id: stored article decoded, text highlighted. */
  private static Map<Integer, SearchHit> hits(
      IndexSearcher searcher, Analyzer analyzer, Query words, List<Match> shown)
      throws IOException {
    Map<Integer, Match> unique = new LinkedHashMap<>();
    shown.forEach(m -> unique.putIfAbsent(m.doc, m));
    List<Match> list = new ArrayList<>(unique.values());
    if (list.isEmpty()) {
      return Map.of();
    }
    ScoreDoc[] docs = new ScoreDoc[list.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = new ScoreDoc(list.get(i).doc, list.get(i).score);
    }
    TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    SnippetHighlighter highlighter =
        new SnippetHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new PlainSnippets())
                .withMaxLength(100_000));
    int[] ids = new int[docs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs[i].doc;
    }
    Object[] snippets = highlighter.snippets(LuceneStore.TEXT, words, ids, 2);
    StoredFields stored = searcher.storedFields();
    Map<Integer, SearchHit> hits = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      Match m = list.get(i);
      Document doc = stored.document(m.doc, Set.of(LuceneStore.JSON));
      StoredArticle s = LuceneStore.decodeArticle(doc);
      Article a = s.article();
      Snippet snippet =
          snippets != null && snippets[i] instanceof Snippet found ? found : Snippet.NONE;
      hits.put(
          m.doc,
          new SearchHit(
              a.id(),
              a.title(),
              s.storyId(),
              a.published() == null ? null : a.published().iso(),
              m.score,
              snippet.text(),
              snippet.highlights(),
              a.source(),
              a.language(),
              m.copies));
    }
    return hits;
  }

  /** The highlighter, giving the formatter's objects rather than strings. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /** What {@link PlainSnippets} made for each of {@code docIds}, in their order. */
    Object[] snippets(String field, Query query, int[] docIds, int passages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages})
          .get(field);
    }
  }

  /**
   * A snippet as plain text and the spans of its matches: no markup anyone would have to escape.
   */
  private record Snippet(String text, List<SearchHit.Highlight> highlights) {
    static final Snippet NONE = new Snippet("", List.of());
  }

  /**
   * Joins the best passages with {@code " … "} and notes where each match falls in the joined text,
   * overlapping matches merged (what {@code DefaultPassageFormatter} does, without tags). Line
   * breaks become spaces, one character for one, so the offsets hold.
   */
  static final class PlainSnippets extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<SearchHit.Highlight> highlights = new ArrayList<>();
      int pos = 0;
      for (Passage passage : passages) {
        if (passage.getStartOffset() > pos && pos > 0) {
          text.append(ELLIPSIS);
        }
        pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          int end = passage.getMatchEnds()[i];
          while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
            end = Math.max(end, passage.getMatchEnds()[++i]);
          }
          end = Math.min(end, passage.getEndOffset());
          if (start < pos || end <= start) {
            continue; // inside the previous match
          }
          text.append(content, pos, start);
          highlights.add(new SearchHit.Highlight(text.length(), text.length() + end - start));
          text.append(content, start, end);
          pos = end;
        }
        if (passage.getEndOffset() > pos) {
          text.append(content, pos, passage.getEndOffset());
        }
        pos = passage.getEndOffset();
      }
      return new Snippet(text.toString().replace('\n', ' ').replace('\r', ' '), highlights);
    }
  }

  /**
   * The stories with an article that matches {@code request}'s words and filters (its sort, page
   * and grouping play no part), read from doc values: the cost grows with the matches.
   */
  static Set<String> storyIds(IndexSearcher searcher, Analyzer analyzer, SearchRequest request)
      throws IOException, ParseException {
    Query query = query(parse(request.text(), analyzer), request);
    int count = searcher.count(query);
    Set<String> ids = new HashSet<>();
    if (count == 0) {
      return ids;
    }
    for (Match m : read(searcher, searcher.search(query, count))) {
      if (m.storyId != null && !m.storyId.isEmpty()) {
        ids.add(m.storyId);
      }
    }
    return ids;
  }
}
