package org.trame.store.lucene;

import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongDoubleCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.clean.LanguageDetector;
import org.trame.dedup.CopyCandidate;
import org.trame.dedup.Sketch;
import org.trame.dedup.Sketcher;
import org.trame.internal.Json;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.store.Store;
import org.trame.store.StoreCounts;
import org.trame.store.StoreException;
import org.trame.store.StoreLockedException;
import org.trame.store.StoredArticle;
import org.trame.store.internal.Clusters;
import org.trame.story.Event;
import org.trame.story.Neighbour;
import org.trame.story.Story;
import org.trame.story.TermWeights;

/**
 * The embedded store: one Lucene index on disk holding articles, events and stories as documents of
 * three kinds, so that one commit makes them durable together (a crash never leaves an article
 * without its story). One writer process at a time, enforced by Lucene's write lock; any number of
 * readers.
 *
 * <p>Events and stories are few next to articles: they are held in memory, and written to the index
 * at commit. Articles written since the searcher's last refresh are kept in a short pending list,
 * so candidate retrieval sees every earlier article without refreshing the index after each one.
 */
public final class LuceneStore implements Store {

  static final String KIND = "kind";
  private static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  private static final String FINGERPRINT = "fingerprint";
  private static final String DUPLICATE = "duplicate";
  private static final String DUPLICATE_OF = "duplicate_of";
  private static final String BAND = "band";
  private static final String SIGNATURE = "signature";
  static final String PUBLISHED = "published";

  /** The first and last day of a dated article, as points: the neighbours' time window. */
  private static final String PUBLISHED_DAYS = "published_days";

  private static final String UNDATED = "undated";
  private static final String TERMS = "terms";
  static final String PLACEMENT = "placement";
  static final String JSON = "json";
  static final String LANGUAGE = "language";
  private static final String UNSUPPORTED_LANGUAGE = "language_unsupported";

  static final String ARTICLE = "article";
  private static final String EVENT = "event";
  private static final String STORY = "story";
  private static final String STATE = "state";

  /**
   * The layout of the documents and doc values, written into every commit. A store of another
   * format is refused with a message rather than misread. 2: articles carry their language and
   * whether it was supported.
   */
  static final String FORMAT = "2";

  private static final String FORMAT_KEY = "trame.format";

  /**
   * Set on stores whose every article carries {@link #PUBLISHED_DAYS} or {@link #UNDATED}: those
   * written from empty since they exist. Older stores search neighbours without a time window.
   */
  private static final String DAY_POINTS_KEY = "trame.day_points";

  private static final String COMMITTED_KEY = "trame.committed";

  /** Beside the index: which process writes to it (see {@link #recordWriter}). */
  private static final String WRITER_FILE = "writer.pid";

  private static final int PENDING_LIMIT = 64;
  private static final int QUERY_TERMS = 30;
  private static final int RETRIEVED = 40;

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer = new FrenchTextAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TermStatistics stats;
  private final Sketcher sketcher;
  private final Clusters clusters = new Clusters();
  private final Map<String, byte[]> states = new HashMap<>();
  private final Set<String> dirtyStates = new LinkedHashSet<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, StoredArticle> pendingById = new HashMap<>();
  private final Map<String, String> pendingFingerprints = new HashMap<>();
  private String lastAnalysed;
  private Map<String, Integer> lastTerms;
  private String lastSketchedTitle;
  private String lastSketchedText;
  private Sketch lastSketch;
  private BandKeyFilter bandKeys;
  private LongIntHashMap lastCounts;
  // their weights under the IDF of that moment; null once an add has changed the IDF
  private LongDoubleHashMap lastWeights;
  private Instant lastCommit;

  /** Whether neighbours are searched within a time window (see {@link #DAY_POINTS_KEY}). */
  private final boolean dayPoints;

  private long articleCount;
  private long duplicateCount;

  /** By language code: {articles, of which unsupported}. */
  private final Map<String, long[]> languageCounts = new TreeMap<>();

  /**
   * An article added since the last refresh of the searcher, with its weights then and its
   * near-duplicate sketch (null when it has no words).
   */
  private record Pending(StoredArticle article, LongDoubleHashMap weights, Sketch sketch) {
    Pending withArticle(StoredArticle moved) {
      return new Pending(moved, weights, sketch);
    }
  }

  /** Opens the Lucene directory of an index folder: the file system's, or a test's stand-in. */
  @FunctionalInterface
  interface Directories {
    Directory open(Path indexDir) throws IOException;
  }

  private LuceneStore(Path dir, boolean writable, Sketcher sketcher) throws IOException {
    this(dir, writable, sketcher, FSDirectory::open);
  }

  private LuceneStore(Path dir, boolean writable, Sketcher sketcher, Directories directories)
      throws IOException {
    this.dir = dir;
    this.sketcher = sketcher;
    Path indexDir = dir.resolve(IndexSwap.INDEX);
    if (writable) {
      IndexSwap.recover(dir); // a recluster interrupted while it replaced the index
      Files.createDirectories(indexDir);
    }
    this.directory = directories.open(indexDir);
    if (writable) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      // merges only neighbouring segments, so that doc id order stays the order articles were
      // stored in (copiesOf and forEachArticle rely on it; the default policy may merge segments
      // that are not neighbours, and reorder)
      config.setMergePolicy(new LogByteSizeMergePolicy());
      try {
        this.writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new StoreLockedException(
            "another trame process is writing to "
                + dir
                + describeWriter(dir)
                + "; only one writer at a time: wait for it to finish (ingest --wait SECONDS),"
                + " or use another --data directory",
            e);
      }
      recordWriter(dir);
      this.searchers = new SearcherManager(writer, null);
    } else {
      this.writer = null;
      this.searchers =
          DirectoryReader.indexExists(directory) ? new SearcherManager(directory, null) : null;
    }
    try {
      Map<String, String> commitData = commitData(dir, directory);
      String committed = commitData.get(COMMITTED_KEY);
      this.lastCommit = committed == null ? null : Instant.parse(committed);
      // a store created now gets the points; one written before keeps what its commit says
      this.dayPoints = commitData.isEmpty() || "true".equals(commitData.get(DAY_POINTS_KEY));
    } catch (StoreException e) {
      close();
      throw e;
    }
    IndexSearcher searcher = acquire();
    try {
      this.articleCount = count(searcher, new TermQuery(new Term(KIND, ARTICLE)));
      this.duplicateCount = count(searcher, new TermQuery(new Term(DUPLICATE, "true")));
      if (searcher != null) {
        countLanguages(searcher.getIndexReader(), LANGUAGE, 0);
        countLanguages(searcher.getIndexReader(), UNSUPPORTED_LANGUAGE, 1);
      }
      this.stats =
          searcher == null
              ? new TermStatistics()
              : TermStatistics.load(searcher.getIndexReader(), TEXT, articleCount);
      loadClusters(searcher);
    } finally {
      release(searcher);
    }
  }

  /**
   * Says who holds the write lock, for the message another writer gets. Lucene's lock is what
   * excludes; this file only names the holder, and is stale (but never read) once it has gone.
   */
  private static void recordWriter(Path dir) {
    ProcessHandle self = ProcessHandle.current();
    String command = self.info().commandLine().orElse("");
    String line =
        "pid "
            + self.pid()
            + " since "
            + Instant.now()
            + (command.isEmpty() ? "" : "\n" + abbreviate(command));
    try {
      Files.writeString(dir.resolve(WRITER_FILE), line + "\n");
    } catch (IOException e) {
      // the lock is held all the same; only the name in another writer's message is missing
    }
  }

  /** " (pid 123 since …)" from the holder's file, or nothing when it cannot be read. */
  private static String describeWriter(Path dir) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(WRITER_FILE));
      return lines.isEmpty() || lines.get(0).isBlank() ? "" : " (" + lines.get(0).strip() + ")";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String abbreviate(String command) {
    return command.length() <= 300 ? command : command.substring(0, 300) + "…";
  }

  /**
   * The data of the last commit (empty when nothing was committed yet), after checking that the
   * index is one this code can read.
   */
  private static Map<String, String> commitData(Path dir, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String format = data.get(FORMAT_KEY);
    if (!FORMAT.equals(format)) {
      throw new StoreException(
          "the store in "
              + dir
              + (format == null
                  ? " is not a trame store, or comes from a trame older than its format"
                  : " is in format " + format)
              + "; this trame reads format "
              + FORMAT
              + ": ingest the articles again into a new --data directory");
    }
    return data;
  }

  /**
   * Opens (creating it if needed) the store in {@code dir} for writing.
   *
   * @throws StoreException when another process writes to it, or it cannot be opened
   */
  public static LuceneStore openForWriting(Path dir) {
    return openForWriting(dir, Sketcher.standard());
  }

  /**
   * Opens the store in {@code dir} for writing, with near-duplicate sketches of other settings than
   * the standard ones (measurements only: a store must always be written with the same settings).
   */
  public static LuceneStore openForWriting(Path dir, Sketcher sketcher) {
    try {
      return new LuceneStore(dir, true, sketcher);
    } catch (IOException e) {
      throw writeFailure("open", dir, e);
    }
  }

  /** Opens the store for writing over a directory of the caller's (tests: a disk that fills). */
  static LuceneStore openForWriting(Path dir, Directories directories) {
    try {
      return new LuceneStore(dir, true, Sketcher.standard(), directories);
    } catch (IOException e) {
      throw writeFailure("open", dir, e);
    }
  }

  /** Opens the store for reading over a directory of the caller's (tests: a read-only disk). */
  static LuceneStore openForReading(Path dir, Directories directories) {
    try {
      return new LuceneStore(dir, false, Sketcher.standard(), directories);
    } catch (IOException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * A write that failed, said with what the user can do about the two usual causes: a full disk and
   * a store that cannot be written (read-only mount, no permission). Both keep the last commit
   * whole.
   */
  private static StoreException writeFailure(String verb, Path dir, IOException e) {
    String reason = String.valueOf(e.getMessage());
    String advice = "";
    if (e instanceof AccessDeniedException || reason.contains("Read-only file system")) {
      advice =
          "; the store cannot be written here (read-only file system, or no permission):"
              + " it can still be read (status, search, story, serve), and an ingest works again"
              + " once it is writable";
    } else if (reason.contains("No space left on device")) {
      advice =
          "; the disk is full: what was committed before is kept, and the same ingest resumes"
              + " where it stopped once there is room";
    }
    return new StoreException(
        "cannot " + verb + " the store in " + dir + ": " + reason + advice, e);
  }

  /** Opens the store in {@code dir} for reading; a missing store reads as empty. */
  public static LuceneStore openForReading(Path dir) {
    try {
      return new LuceneStore(dir, false, Sketcher.standard());
    } catch (IOException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean writable() {
    return writer != null;
  }

  @Override
  public boolean upToDate() {
    if (writer != null) {
      return true;
    }
    try {
      if (searchers == null) {
        // opened before there was an index: out of date as soon as one exists
        return !DirectoryReader.indexExists(directory);
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        // compares the reader's commit with the latest on disk: a directory listing, no reading
        return ((DirectoryReader) searcher.getIndexReader()).isCurrent();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ pipeline questions

  @Override
  public Optional<StoredArticle> article(String id) {
    StoredArticle recent = pendingById.get(id);
    if (recent != null) {
      return Optional.of(recent);
    }
    List<StoredArticle> found = articles(List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public Optional<String> originalWithFingerprint(String fingerprint) {
    String recent = pendingFingerprints.get(fingerprint);
    if (recent != null) {
      return Optional.of(recent);
    }
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return Optional.empty();
    }
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(FINGERPRINT, fingerprint)), Occur.FILTER)
              .add(new TermQuery(new Term(DUPLICATE, "true")), Occur.MUST_NOT)
              .build();
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ID)).get(ID));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public List<CopyCandidate> copyCandidates(Article article, int limit) {
    Sketch sketch = sketchOf(article);
    if (sketch == null) {
      return List.of();
    }
    List<CopyCandidate> found = new ArrayList<>();
    for (Pending p : pending) {
      if (p.sketch() != null && sketch.sharesBandWith(p.sketch())) {
        StoredArticle a = p.article();
        found.add(
            new CopyCandidate(
                a.id(), a.duplicate() ? a.duplicateOf() : a.id(), sketch.similarity(p.sketch())));
      }
    }
    IndexSearcher searcher = acquire();
    if (searcher != null) {
      try {
        if (writer != null && bandKeys == null) {
          // the writer asks for every article: worth a filter, loaded once (readers rarely ask)
          bandKeys = BandKeyFilter.load(searcher.getIndexReader(), BAND);
          for (Pending p : pending) {
            if (p.sketch() != null) {
              for (long key : p.sketch().bandKeys()) {
                bandKeys.add(key);
              }
            }
          }
        }
        collectSharingBands(searcher, sketch, limit, found);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        release(searcher);
      }
    }
    found.sort(
        Comparator.comparingDouble(CopyCandidate::similarity)
            .reversed()
            .thenComparing(CopyCandidate::articleId));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /** The {@code limit} indexed articles sharing the most band keys with {@code sketch}. */
  private void collectSharingBands(
      IndexSearcher searcher, Sketch sketch, int limit, List<CopyCandidate> found)
      throws IOException {
    BooleanQuery.Builder anyBand = new BooleanQuery.Builder();
    int clauses = 0;
    for (long key : sketch.bandKeys()) {
      if (bandKeys != null && !bandKeys.mightContain(key)) {
        continue;
      }
      // each band counts once, whatever its term statistics: the score is the bands shared
      anyBand.add(
          new ConstantScoreQuery(new TermQuery(new Term(BAND, bandTerm(key)))), Occur.SHOULD);
      clauses++;
    }
    if (clauses == 0) {
      return;
    }
    TopDocs top = searcher.search(anyBand.build(), limit);
    visitHits(
        searcher,
        top,
        SIGNATURE,
        (placement, bytes) -> {
          double similarity =
              sketch
                  .signature()
                  .similarity(
                      org.trame.dedup.Signature.decode(bytes.bytes, bytes.offset, bytes.length));
          String original =
              placement.length > 5 && !placement[5].isEmpty() ? placement[5] : placement[0];
          found.add(new CopyCandidate(placement[0], original, similarity));
        });
  }

  /** What is read of one hit: its placement fields and the value of one binary doc values field. */
  @FunctionalInterface
  private interface HitVisitor {
    void visit(String[] placement, BytesRef value);
  }

  /**
   * Calls {@code visit} for each hit that has both its placement and a {@code field} value, in doc
   * id order, as doc values iterate forwards only; never decodes stored JSON.
   */
  private static void visitHits(IndexSearcher searcher, TopDocs top, String field, HitVisitor visit)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] hits = top.scoreDocs.clone();
    java.util.Arrays.sort(hits, Comparator.comparingInt((ScoreDoc h) -> h.doc));
    int leafIndex = -1;
    BinaryDocValues values = null;
    BinaryDocValues placements = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc hit : hits) {
      int index = ReaderUtil.subIndex(hit.doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        values = leaf.reader().getBinaryDocValues(field);
        placements = leaf.reader().getBinaryDocValues(PLACEMENT);
      }
      int doc = hit.doc - leaf.docBase;
      if (values == null
          || placements == null
          || !values.advanceExact(doc)
          || !placements.advanceExact(doc)) {
        continue;
      }
      visit.visit(placements.binaryValue().utf8ToString().split("\t", -1), values.binaryValue());
    }
  }

  /** The pipeline asks for candidates and then adds the same article: sketch it once. */
  private Sketch sketchOf(Article a) {
    if (!a.title().equals(lastSketchedTitle) || !a.text().equals(lastSketchedText)) {
      lastSketch = sketcher.sketch(a);
      lastSketchedTitle = a.title();
      lastSketchedText = a.text();
    }
    return lastSketch;
  }

  private static BytesRef bandTerm(long key) {
    byte[] b = new byte[Long.BYTES];
    for (int i = 0; i < Long.BYTES; i++) {
      b[i] = (byte) (key >>> (56 - 8 * i));
    }
    return new BytesRef(b);
  }

  /** The key {@link #bandTerm} wrote. */
  static long bandKey(BytesRef term) {
    long key = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      key = (key << 8) | (term.bytes[term.offset + i] & 0xFF);
    }
    return key;
  }

  @Override
  public List<Neighbour> neighbours(Article article, int limit) {
    Map<String, Integer> terms = termsOf(article.fullText());
    LongDoubleHashMap weights = lastWeights();
    List<Neighbour> found = new ArrayList<>();
    for (Pending p : pending) {
      if (!p.article().duplicate()) {
        found.add(neighbour(p.article(), TermStatistics.cosine(weights, p.weights())));
      }
    }
    IndexSearcher searcher = acquire();
    if (searcher != null && !weights.isEmpty()) {
      try {
        collectFromIndex(searcher, terms, weights, found, article.published());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        release(searcher);
      }
    }
    found.sort(
        Comparator.comparingDouble(Neighbour::similarity)
            .reversed()
            .thenComparing(Neighbour::articleId));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  private void collectFromIndex(
      IndexSearcher searcher,
      Map<String, Integer> queryTerms,
      LongDoubleHashMap weights,
      List<Neighbour> found,
      PublishedDate published)
      throws IOException {
    Map<String, Double> byTerm = new HashMap<>();
    queryTerms.keySet().forEach(t -> byTerm.put(t, weights.get(TermVector.hash(t))));
    BooleanQuery.Builder topTerms = new BooleanQuery.Builder();
    byTerm.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(QUERY_TERMS)
        .forEach(e ->
            topTerms.add(
                new BoostQuery(
                    new TermQuery(new Term(TEXT, e.getKey())), e.getValue().floatValue()),
                Occur.SHOULD));
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(topTerms.build(), Occur.MUST)
            .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER)
            .add(new TermQuery(new Term(DUPLICATE, "true")), Occur.MUST_NOT);
    if (dayPoints && published != null) {
      // led by the points of those years, the search skips the postings of all other years
      long from = published.date().toEpochDay() - NEIGHBOUR_WINDOW_DAYS;
      long to = published.lastDay().toEpochDay() + NEIGHBOUR_WINDOW_DAYS;
      query.add(
          new BooleanQuery.Builder()
              .add(
                  LongPoint.newRangeQuery(
                      PUBLISHED_DAYS,
                      new long[] {Long.MIN_VALUE, from},
                      new long[] {to, Long.MAX_VALUE}),
                  Occur.SHOULD)
              .add(new TermQuery(new Term(UNDATED, "true")), Occur.SHOULD)
              .build(),
          Occur.FILTER);
    }
    TopDocs top = searcher.search(query.build(), RETRIEVED);
    visitHits(
        searcher,
        top,
        TERMS,
        (placement, terms) ->
            found.add(
                new Neighbour(
                    placement[0],
                    placement[1],
                    placement[2],
                    placementDate(placement[3], placement[4]),
                    stats.cosine(weights, terms))));
  }

  @Override
  public TermWeights termWeights(Article article) {
    termsOf(article.fullText());
    LongDoubleHashMap weights = lastWeights();
    long[] terms = new long[weights.size()];
    float[] values = new float[weights.size()];
    int i = 0;
    for (LongDoubleCursor c : weights) {
      terms[i] = c.key;
      values[i++] = (float) c.value;
    }
    return TermWeights.of(terms, values);
  }

  @Override
  public long[] terms(String text) {
    long[] terms = TermVector.hashed(TermVector.of(analyzer, TEXT, text)).keys().toArray();
    Arrays.sort(terms);
    return terms;
  }

  /** The pipeline asks for neighbours and then adds the same article: analyse it once. */
  private Map<String, Integer> termsOf(String text) {
    if (!text.equals(lastAnalysed)) {
      lastTerms = TermVector.of(analyzer, TEXT, text);
      lastCounts = TermVector.hashed(lastTerms);
      lastWeights = null;
      lastAnalysed = text;
    }
    return lastTerms;
  }

  /** The weights of the text last analysed, computed once for neighbours and the story engine. */
  private LongDoubleHashMap lastWeights() {
    if (lastWeights == null) {
      lastWeights = stats.weights(lastCounts);
    }
    return lastWeights;
  }

  private static PublishedDate placementDate(String iso, String estimated) {
    if (iso.isEmpty()) {
      return null;
    }
    PublishedDate d = PublishedDate.parse(iso);
    return estimated.isEmpty() ? d : new PublishedDate(d.date(), d.precision(), true);
  }

  private static Neighbour neighbour(StoredArticle a, double similarity) {
    return new Neighbour(a.id(), a.storyId(), a.eventId(), a.article().published(), similarity);
  }

  // ------------------------------------------------------------------ writes

  @Override
  public void add(StoredArticle stored) {
    requireWritable();
    Article a = stored.article();
    termsOf(a.fullText());
    LongIntHashMap counts = lastCounts;
    Document doc = new Document();
    doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(FINGERPRINT, a.contentHash(), Field.Store.NO));
    doc.add(new StringField(DUPLICATE, String.valueOf(stored.duplicate()), Field.Store.NO));
    String language = a.language() == null ? LanguageDetector.UNDETERMINED : a.language();
    doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    if (!a.languageSupported()) {
      doc.add(new StringField(UNSUPPORTED_LANGUAGE, language, Field.Store.NO));
    }
    if (stored.duplicate()) {
      doc.add(new StringField(DUPLICATE_OF, stored.duplicateOf(), Field.Store.NO));
    }
    // copies are indexed too, so that a copy of a copy finds its way to the root original
    Sketch sketch = sketchOf(a);
    if (sketch != null) {
      for (long key : sketch.bandKeys()) {
        doc.add(new StringField(BAND, bandTerm(key), Field.Store.NO));
        if (bandKeys != null) {
          bandKeys.add(key);
        }
      }
      doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(sketch.signature().encode())));
    }
    doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    doc.add(new Field(TEXT, a.fullText(), TEXT_WITH_OFFSETS));
    if (a.published() != null) {
      doc.add(new NumericDocValuesField(PUBLISHED, a.published().date().toEpochDay()));
      doc.add(
          new LongPoint(
              PUBLISHED_DAYS,
              a.published().date().toEpochDay(),
              a.published().lastDay().toEpochDay()));
    } else {
      doc.add(new StringField(UNDATED, "true", Field.Store.NO));
    }
    doc.add(new BinaryDocValuesField(TERMS, TermVector.encode(counts)));
    doc.add(new BinaryDocValuesField(PLACEMENT, placement(stored)));
    LuceneSearch.index(doc, stored);
    doc.add(new StoredField(JSON, new BytesRef(Json.write(stored))));
    try {
      // the pipeline asks for an id before adding it, so a plain add never makes a second copy
      // (and spares the writer the delete-by-term bookkeeping of an update)
      writer.addDocument(doc);
    } catch (IOException e) {
      throw writeFailure("write to", dir, e);
    }
    stats.add(counts);
    lastWeights = null; // the IDF has changed
    articleCount++;
    long[] byLanguage = languageCounts.computeIfAbsent(language, k -> new long[2]);
    byLanguage[0]++;
    if (!a.languageSupported()) {
      byLanguage[1]++;
    }
    if (stored.duplicate()) {
      duplicateCount++;
    } else {
      pendingFingerprints.putIfAbsent(a.contentHash(), a.id());
    }
    pending.add(new Pending(stored, lastWeights(), sketch));
    pendingById.put(a.id(), stored);
    if (pending.size() >= PENDING_LIMIT) {
      refresh();
    }
  }

  /**
   * What searches read of an article without decoding its JSON: id, story, event, publication date,
   * whether it is estimated, the original it copies. Its story here is the truth: a merge changes
   * it in place ({@link #moveArticles}), not in the stored JSON.
   */
  private static BytesRef placement(StoredArticle stored) {
    Article a = stored.article();
    return new BytesRef(
        String.join(
            "\t",
            a.id(),
            stored.storyId(),
            stored.eventId(),
            a.published() == null ? "" : a.published().iso(),
            a.published() != null && a.published().estimated() ? "estimated" : "",
            stored.duplicate() ? stored.duplicateOf() : ""));
  }

  @Override
  public void moveArticles(Collection<String> ids, String storyId) {
    requireWritable();
    boolean committed = false;
    for (StoredArticle a : articles(ids)) {
      StoredArticle moved = a.inStory(storyId);
      if (pendingById.containsKey(a.id())) {
        pendingById.put(a.id(), moved);
        pending.replaceAll(p -> p.article().id().equals(a.id()) ? p.withArticle(moved) : p);
      } else {
        committed = true;
      }
      if (clusters.story(a.id()).isPresent()) {
        // the update below reaches any document with this id: the story's is written again at
        // the commit, without it
        clusters.put(clusters.story(a.id()).orElseThrow());
      }
      if (clusters.event(a.id()).isPresent()) {
        clusters.put(clusters.event(a.id()).orElseThrow());
      }
      if (a.id().startsWith(STATE + ":")) {
        String name = a.id().substring(STATE.length() + 1);
        state(name).ifPresent(bytes -> putState(name, bytes));
      }
      try {
        // doc values change in place: no delete, so the index's document frequencies, and the
        // weights of every later article, are what they would have been without the merge
        writer.updateBinaryDocValue(new Term(ID, a.id()), PLACEMENT, placement(moved));
      } catch (IOException e) {
        throw writeFailure("write to", dir, e);
      }
    }
    if (committed) {
      refresh(); // searches see the articles in their new story
    }
  }

  @Override
  public void put(Event event) {
    requireWritable();
    clusters.put(event);
  }

  @Override
  public void put(Story story) {
    requireWritable();
    clusters.put(story);
  }

  @Override
  public void putState(String name, byte[] state) {
    requireWritable();
    states.put(name, state.clone());
    dirtyStates.add(name);
  }

  @Override
  public Optional<byte[]> state(String name) {
    byte[] known = states.get(name);
    if (known == null) {
      known = readState(name);
      if (known != null) {
        states.put(name, known);
      }
    }
    return Optional.ofNullable(known).map(byte[]::clone);
  }

  private byte[] readState(String name) {
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return null;
    }
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, STATE)), Occur.FILTER)
              .add(new TermQuery(new Term(ID, STATE + ":" + name)), Occur.FILTER)
              .build();
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      BytesRef json = searcher.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(JSON);
      return json == null ? null : BytesRef.deepCopyOf(json).bytes;
    } catch (IOException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public void commit() {
    requireWritable();
    try {
      // the changed states, events and stories replace theirs; deleted by kind and id, not by id
      // alone, as an article may have the id of a story or an event ("s-1" in a JSON line)
      List<Document> changed = new ArrayList<>();
      for (String name : dirtyStates) {
        // ids of states are prefixed so that they never meet an event or story id
        String id = STATE + ":" + name;
        changed.add(clusterDoc(STATE, id, states.get(name)));
      }
      for (Event e : clusters.changedEvents()) {
        changed.add(clusterDoc(EVENT, e.id(), Json.write(e)));
      }
      for (Story s : clusters.changedStories()) {
        changed.add(clusterDoc(STORY, s.id(), Json.write(s)));
      }
      if (!changed.isEmpty()) {
        List<BytesRef> ids = new ArrayList<>(changed.size());
        changed.forEach(d -> ids.add(new BytesRef(d.get(ID))));
        writer.deleteDocuments(
            new BooleanQuery.Builder()
                .add(
                    new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(KIND, STATE)), Occur.SHOULD)
                        .add(new TermQuery(new Term(KIND, EVENT)), Occur.SHOULD)
                        .add(new TermQuery(new Term(KIND, STORY)), Occur.SHOULD)
                        .build(),
                    Occur.FILTER)
                .add(new TermInSetQuery(ID, ids), Occur.FILTER)
                .build());
        // added after the delete, which therefore does not touch them
        writer.addDocuments(changed);
      }
      Instant now = Instant.now();
      writer.setLiveCommitData(
          (dayPoints
                  ? Map.of(
                      FORMAT_KEY, FORMAT, COMMITTED_KEY, now.toString(), DAY_POINTS_KEY, "true")
                  : Map.of(FORMAT_KEY, FORMAT, COMMITTED_KEY, now.toString()))
              .entrySet());
      writer.commit();
      lastCommit = now;
      clusters.committed();
      dirtyStates.clear();
      refresh();
      // all of them are in the index now, readable again: the cache holds one batch's states at
      // most
      states.clear();
    } catch (IOException e) {
      throw writeFailure("commit to", dir, e);
    }
  }

  private static Document clusterDoc(String kind, String id, byte[] json) {
    Document doc = new Document();
    doc.add(new StringField(KIND, kind, Field.Store.NO));
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StoredField(JSON, new BytesRef(json)));
    return doc;
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
    pendingById.clear();
    pendingFingerprints.clear();
    if (bandKeys != null && bandKeys.full()) {
      // reloaded from the index, which now holds every article, with room to grow again
      bandKeys = null;
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<Story> story(String id) {
    return clusters.story(id);
  }

  @Override
  public Optional<Event> event(String id) {
    return clusters.event(id);
  }

  @Override
  public List<Story> stories() {
    return clusters.byActivity();
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    Map<String, StoredArticle> found = new HashMap<>();
    List<String> toSearch = new ArrayList<>();
    for (String id : ids) {
      StoredArticle recent = pendingById.get(id);
      if (recent != null) {
        found.put(id, recent);
      } else {
        toSearch.add(id);
      }
    }
    IndexSearcher searcher = acquire();
    if (searcher != null && !toSearch.isEmpty()) {
      try {
        StoredFields stored = searcher.storedFields();
        for (int from = 0; from < toSearch.size(); from += 512) {
          BooleanQuery.Builder q = new BooleanQuery.Builder();
          for (String id : toSearch.subList(from, Math.min(toSearch.size(), from + 512))) {
            q.add(new TermQuery(new Term(ID, id)), Occur.SHOULD);
          }
          Query query =
              new BooleanQuery.Builder()
                  .add(q.build(), Occur.MUST)
                  .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER)
                  .build();
          for (ScoreDoc hit : searcher.search(query, 512).scoreDocs) {
            StoredArticle a = readArticle(searcher, stored, hit.doc);
            found.put(a.id(), a);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        release(searcher);
      }
    } else {
      release(searcher);
    }
    List<StoredArticle> ordered = new ArrayList<>();
    for (String id : ids) {
      StoredArticle a = found.get(id);
      if (a != null) {
        ordered.add(a);
      }
    }
    return ordered;
  }

  @Override
  public List<StoredArticle> copiesOf(String originalId) {
    List<StoredArticle> copies = new ArrayList<>();
    IndexSearcher searcher = acquire();
    if (searcher != null) {
      try {
        Query q = new TermQuery(new Term(DUPLICATE_OF, originalId));
        int n = searcher.count(q);
        if (n > 0) {
          StoredFields stored = searcher.storedFields();
          ScoreDoc[] hits = searcher.search(q, n).scoreDocs.clone();
          java.util.Arrays.sort(hits, Comparator.comparingInt((ScoreDoc h) -> h.doc));
          for (ScoreDoc hit : hits) {
            copies.add(readArticle(searcher, stored, hit.doc));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        release(searcher);
      }
    }
    for (Pending p : pending) {
      if (originalId.equals(p.article().duplicateOf())) {
        copies.add(p.article());
      }
    }
    return copies;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return SearchResult.EMPTY;
    }
    try {
      return LuceneSearch.search(
          searcher, analyzer, request, id -> story(id).map(Story::title).orElse(null));
    } catch (IOException | ParseException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public Set<String> storyIds(SearchRequest request) {
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return Set.of();
    }
    try {
      return LuceneSearch.storyIds(searcher, analyzer, request);
    } catch (IOException | ParseException e) {
      throw new StoreException("story search failed: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public void forEachArticle(java.util.function.Consumer<StoredArticle> each) {
    IndexSearcher searcher = acquire();
    if (searcher != null) {
      try {
        Query articles = searcher.rewrite(new TermQuery(new Term(KIND, ARTICLE)));
        Weight weight = searcher.createWeight(articles, ScoreMode.COMPLETE_NO_SCORES, 1f);
        // leaves and the docs within each in order: the order articles were stored in
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Scorer scorer = weight.scorer(leaf);
          if (scorer == null) {
            continue;
          }
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          BinaryDocValues placements = leaf.reader().getBinaryDocValues(PLACEMENT);
          DocIdSetIterator docs = scorer.iterator();
          for (int doc = docs.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) {
              each.accept(
                  inPlacedStory(
                      decodeArticle(stored.document(doc, Set.of(JSON))), placements, doc));
            }
          }
        }
      } catch (IOException e) {
        throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
      } finally {
        release(searcher);
      }
    }
    // a writer's articles added since the searcher's last refresh come after all of those
    for (Pending p : List.copyOf(pending)) {
      each.accept(p.article());
    }
  }

  @Override
  public List<Event> eventsAsCreated() {
    return clusters.eventsAsCreated();
  }

  @Override
  public List<Story> storiesAsCreated() {
    return clusters.storiesAsCreated();
  }

  @Override
  public Map<String, byte[]> states() {
    Map<String, byte[]> all = new TreeMap<>();
    IndexSearcher searcher = acquire();
    if (searcher != null) {
      try {
        Query q = new TermQuery(new Term(KIND, STATE));
        int n = searcher.count(q);
        if (n > 0) {
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc hit : searcher.search(q, n).scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(ID, JSON));
            BytesRef json = doc.getBinaryValue(JSON);
            all.put(
                doc.get(ID).substring(STATE.length() + 1),
                java.util.Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
          }
        }
      } catch (IOException e) {
        throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
      } finally {
        release(searcher);
      }
    }
    // what this process put or read since: the latest (a writer's are not committed yet)
    states.forEach((name, value) -> all.put(name, value.clone()));
    return all;
  }

  @Override
  public StoreCounts counts() {
    return clusters.counts(articleCount, duplicateCount, lastCommit, languageCounts);
  }

  /** Articles are only ever added, so a term's document frequency counts its articles. */
  private void countLanguages(IndexReader reader, String field, int slot) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      languageCounts.computeIfAbsent(term.utf8ToString(), k -> new long[2])[slot] = each.docFreq();
    }
  }

  // ------------------------------------------------------------------ plumbing

  private void loadClusters(IndexSearcher searcher) throws IOException {
    if (searcher == null) {
      return;
    }
    StoredFields stored = searcher.storedFields();
    for (String kind : List.of(EVENT, STORY)) {
      Query q = new TermQuery(new Term(KIND, kind));
      int n = Math.max(1, searcher.count(q));
      TopDocs all = searcher.search(q, n);
      List<Object> loaded = new ArrayList<>();
      for (ScoreDoc hit : all.scoreDocs) {
        byte[] json = stored.document(hit.doc, Set.of(JSON)).getBinaryValue(JSON).bytes;
        loaded.add(
            kind.equals(EVENT) ? Json.read(json, Event.class) : Json.read(json, Story.class));
      }
      clusters.load(loaded);
    }
  }

  /** The article of global doc id {@code doc}, in the story its placement names. */
  private static StoredArticle readArticle(IndexSearcher searcher, StoredFields stored, int doc)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return inPlacedStory(
        decodeArticle(stored.document(doc, Set.of(JSON))),
        leaf.reader().getBinaryDocValues(PLACEMENT),
        doc - leaf.docBase);
  }

  /**
   * The article in the story its placement names: the stored JSON keeps the story the article first
   * joined, and a merge changes only the placement.
   */
  private static StoredArticle inPlacedStory(
      StoredArticle article, BinaryDocValues placements, int leafDoc) throws IOException {
    if (placements == null || !placements.advanceExact(leafDoc)) {
      return article;
    }
    String placement = placements.binaryValue().utf8ToString();
    int from = placement.indexOf('\t') + 1;
    int to = placement.indexOf('\t', from);
    return from <= 0 || to < 0 ? article : article.inStory(placement.substring(from, to));
  }

  static StoredArticle decodeArticle(Document doc) {
    BytesRef json = doc.getBinaryValue(JSON);
    return Json.read(
        java.util.Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length),
        StoredArticle.class);
  }

  private static long count(IndexSearcher searcher, Query q) throws IOException {
    return searcher == null ? 0 : searcher.count(q);
  }

  private IndexSearcher acquire() {
    if (searchers == null) {
      return null;
    }
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    if (searcher != null) {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("store opened for reading only");
    }
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Closes without committing: what was not committed is dropped, as after a crash. */
  @Override
  public void close() throws IOException {
    try {
      if (searchers != null) {
        searchers.close();
      }
    } finally {
      try {
        if (writer != null) {
          writer.rollback();
        }
      } finally {
        directory.close();
      }
    }
  }
}
