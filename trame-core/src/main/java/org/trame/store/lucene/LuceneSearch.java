package org.trame.store.lucene;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.trame.search.internal.SearchAssembly;
import org.trame.search.internal.SearchAssembly.Match;
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

  private static final char SEPARATOR = SearchAssembly.SEPARATOR;

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
    return SearchAssembly.entityKey(name);
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
    List<Match> matches = read(searcher, searcher.search(query, count), true);
    return SearchAssembly.assemble(
        request,
        matches,
        (shown, copies) -> {
          try {
            return hits(searcher, analyzer, words, shown, copies);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        storyTitle);
  }

  /**
   * Placement, date and (when {@code facetValues}) facet values of every hit, from doc values,
   * walking each segment forwards.
   */
  private static List<Match> read(IndexSearcher searcher, TopDocs top, boolean facetValues)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = top.scoreDocs.clone();
    java.util.Arrays.sort(docs, Comparator.comparingInt((ScoreDoc h) -> h.doc));
    List<Match> matches = new ArrayList<>(docs.length);
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues placements = null;
    NumericDocValues published = null;
    FacetValues sources = null;
    FacetValues months = null;
    FacetValues entities = null;
    for (ScoreDoc hit : docs) {
      int index = ReaderUtil.subIndex(hit.doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        placements = leaf.reader().getBinaryDocValues(LuceneStore.PLACEMENT);
        published = leaf.reader().getNumericDocValues(LuceneStore.PUBLISHED);
        if (facetValues) {
          sources = new FacetValues(leaf.reader().getSortedSetDocValues(SOURCE));
          months = new FacetValues(leaf.reader().getSortedSetDocValues(MONTH));
          entities = new FacetValues(leaf.reader().getSortedSetDocValues(ENTITY_FACET));
        }
      }
      int doc = hit.doc - leaf.docBase;
      if (placements == null || !placements.advanceExact(doc)) {
        continue; // every article has its placement: this is no article
      }
      // id, story, event, published, estimated, duplicate of
      String[] p = placements.binaryValue().utf8ToString().split("\t", -1);
      long day =
          published != null && published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
      matches.add(
          new Match(
              hit.doc,
              hit.score,
              p[0],
              p[1],
              p.length > 5 ? p[5] : "",
              day,
              facetValues ? sources.of(doc) : List.of(),
              facetValues ? months.of(doc) : List.of(),
              facetValues ? entities.of(doc) : List.of()));
    }
    return matches;
  }

  /** The values of one sorted-set field in one segment; each distinct value decoded once. */
  private static final class FacetValues {
    private final SortedSetDocValues values;
    private final LongObjectHashMap<String> decoded = new LongObjectHashMap<>();

    FacetValues(SortedSetDocValues values) {
      this.values = values; // null in an older store, or when no article of the segment has any
    }

    /** The values of {@code doc}, which must not be before the last one asked for. */
    List<String> of(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) {
        return List.of();
      }
      List<String> of = new ArrayList<>(values.docValueCount());
      for (int i = 0; i < values.docValueCount(); i++) {
        long ord = values.nextOrd();
        String v = decoded.get(ord);
        if (v == null) {
          v = values.lookupOrd(ord).utf8ToString();
          decoded.put(ord, v);
        }
        of.add(v);
      }
      return of;
    }
  }

  /** The hits for {@code shown}, by global doc id: stored article decoded, text highlighted. */
  private static Map<Integer, SearchHit> hits(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query words,
      List<Match> list,
      Map<Integer, Integer> copies)
      throws IOException {
    ScoreDoc[] docs = new ScoreDoc[list.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = new ScoreDoc(list.get(i).key(), list.get(i).score());
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
      Document doc = stored.document(m.key(), Set.of(LuceneStore.JSON));
      StoredArticle s = LuceneStore.decodeArticle(doc);
      Snippet snippet =
          snippets != null && snippets[i] instanceof Snippet found ? found : Snippet.NONE;
      hits.put(
          m.key(),
          SearchAssembly.hit(
              s, m, snippet.text(), snippet.highlights(), copies.getOrDefault(m.key(), 0)));
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
    if (count == 0) {
      return new HashSet<>();
    }
    return SearchAssembly.storyIds(read(searcher, searcher.search(query, count), false));
  }
}
