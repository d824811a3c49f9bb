package org.trame.store.opensearch;

import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongDoubleCursor;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.clean.LanguageDetector;
import org.trame.dedup.CopyCandidate;
import org.trame.dedup.Signature;
import org.trame.dedup.Sketch;
import org.trame.dedup.Sketcher;
import org.trame.internal.Json;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.internal.SearchAssembly;
import org.trame.search.internal.SearchAssembly.Match;
import org.trame.store.Store;
import org.trame.store.StoreCounts;
import org.trame.store.StoreException;
import org.trame.store.StoreLockedException;
import org.trame.store.StoredArticle;
import org.trame.store.internal.Clusters;
import org.trame.store.lucene.TermStatistics;
import org.trame.store.lucene.TermVector;
import org.trame.story.Event;
import org.trame.story.Neighbour;
import org.trame.story.Story;
import org.trame.story.TermWeights;

/**
 * The store over an OpenSearch cluster: the same {@link Store} as the embedded one, answering the
 * same questions the same way, so that everything above the store has one code path.
 *
 * <p><b>Commits.</b> OpenSearch has no transaction over several documents, so a commit is made of
 * two single-document steps. Articles are indexed as they come, each marked with the writer's open
 * batch number; readers see only batches up to the one committed. At {@link #commit()} the events,
 * stories and states changed in the batch are first written as a journal, then the commit record
 * (one document) moves the committed batch forward, then the journal is applied. A writer that
 * opens after a crash removes the articles of any batch never committed and applies the last
 * journal again (applying it twice changes nothing): a crash never leaves an article without its
 * story, nor a story without its articles.
 *
 * <p><b>Same results as the embedded store.</b> The articles index analyses text with the embedded
 * store's chain (see {@link Indices}), refreshes only when the writer says so (every {@value
 * #PENDING_LIMIT} articles and at commits, as the embedded store refreshes its searcher), and
 * weighs terms with the same formulas ({@link TermStatistics}), reading document frequencies from
 * the index's own term statistics. Over one primary shard (the default) they are exact, and the
 * candidates found and their similarities are those of the embedded store. Over several shards each
 * shard's statistics stand in for the whole: close, not equal.
 *
 * <p>Events and stories are few next to articles: they are held in memory, as in the embedded
 * store, and read all at once when the store opens.
 */
public final class OpenSearchStore implements Store {

  private static final int PENDING_LIMIT = 64;
  private static final int QUERY_TERMS = 30;
  private static final int RETRIEVED = 40;
  private static final int PAGE = 5_000;
  private static final int BULK_BYTES = 4 << 20;
  private static final int JOURNAL_PART_BYTES = 8 << 20;

  private static final String EVENT = "event";
  private static final String STORY = "story";
  private static final String STATE = "state";

  /** A journal entry that moves a committed article to another story (a merge of stories). */
  private static final String PLACEMENT = "placement";

  private static final String COMMIT_ID = "commit";

  /** In a store being built by a recluster: which store it is the next generation of. */
  private static final String RECLUSTER_ID = "recluster";

  private static final String LOCK_ID = "writer";

  private final Connection os;
  private final String prefix;
  private Indices indices;
  private final boolean writable;
  private final Sketcher sketcher;

  /** The last batch committed when this store was opened (a reader sees no later one). */
  private long committed;

  /**
   * Whether this writer shares the store with other writer processes: it holds the writer's lock
   * only for its turns ({@link #takeTurn}), not from open to close.
   */
  private final boolean inTurns;

  /** Whether this writer holds the lock now (always, for a writer that does not take turns). */
  private boolean turn;

  /** The writer's lock as this writer wrote it (sequence number, primary term), or null. */
  private Map<String, String> lockVersion;

  /** The commit record's sequence number and primary term as last read or written, or null. */
  private long[] commitVersion;

  /** The batch last committed when this writer last held the store: what its memory shows. */
  private long seenCommitted;

  /** How long a turn's lock stands for a process of another machine that stopped answering. */
  private static final java.time.Duration TURN_LEASE = java.time.Duration.ofMinutes(2);

  /** How long a writer waits for its turn before it gives up. */
  private static final java.time.Duration TURN_WAIT = java.time.Duration.ofMinutes(30);

  private Instant lastCommit;

  private final Clusters clusters = new Clusters();
  private final Map<String, byte[]> states = new HashMap<>();
  private final Set<String> dirtyStates = new LinkedHashSet<>();

  /** Articles indexed since the last refresh: the index's statistics do not count them yet. */
  private final List<Pending> pending = new ArrayList<>();

  private final Map<String, StoredArticle> pendingById = new HashMap<>();

  /**
   * Articles moved to another story since the last commit, by id: their documents change when the
   * commit's journal is applied, and until then the writer's reads take the story from here.
   */
  private final Map<String, String> moved = new LinkedHashMap<>();

  private final Map<String, String> pendingFingerprints = new HashMap<>();
  private final LongIntHashMap pendingFrequency = new LongIntHashMap();
  private final ByteArrayOutputStream bulk = new ByteArrayOutputStream();

  private boolean articlesExist;

  /**
   * Ids asked for and not found, by this writer: only it could store them (or, sharing the store,
   * another writer, and then it reads the store again). The pipeline asks for a block's ids at once
   * when it reads them, then for each again to store it.
   */
  private final Set<String> absentIds = new HashSet<>();

  private static final int ABSENT_IDS_KEPT = 4096;

  /** States asked for and known to be absent: only this writer could put them. */
  private final Set<String> absentStates = new HashSet<>();

  /** Articles the index counted at its last refresh. */
  private long indexedArticles;

  private long seq;
  private long articleCount;
  private long duplicateCount;
  private final Map<String, long[]> languageCounts = new TreeMap<>();

  private String lastAnalysed;
  private Analysed lastTerms;
  private String lastSketchedTitle;
  private String lastSketchedText;
  private Sketch lastSketch;

  private record Pending(StoredArticle article, LongDoubleHashMap weights, Sketch sketch) {
    Pending withArticle(StoredArticle moved) {
      return new Pending(moved, weights, sketch);
    }
  }

  /** How many indexed articles' term counts are kept (about 4 KB each). */
  private static final int TERM_COUNTS_KEPT = 8192;

  /**
   * The term counts of indexed articles' texts, by id: an article's text never changes, and the
   * same candidates come back for article after article of a story.
   */
  private final Map<String, Terms> termCounts =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Terms> eldest) {
          return size() > TERM_COUNTS_KEPT;
        }
      };

  /**
   * Document frequencies in the index as of its last refresh, of the terms asked about since: exact
   * until the next refresh, which empties it.
   */
  private final LongIntHashMap indexFrequency = new LongIntHashMap();

  /** A text's terms, their hashes and counts, in hash order (the order sums run in). */
  private record Terms(String[] terms, long[] hashes, int[] counts) {}

  /**
   * A text's analysed terms with their counts, by term and by hash (their document frequencies in
   * the index go to {@link #indexFrequency}).
   */
  private record Analysed(Map<String, Integer> terms, LongIntHashMap counts) {}

  private OpenSearchStore(
      OpenSearchAddress address, boolean writable, boolean inTurns, Sketcher sketcher) {
    this.os = new Connection(address);
    this.prefix = address.prefix();
    this.indices = new Indices(prefix);
    this.writable = writable;
    this.inTurns = inTurns;
    this.sketcher = sketcher;
    try {
      if (writable && !inTurns) {
        createIndices(address.shards());
        lock();
        turn = true;
        readCommit();
        recover();
      } else if (writable) {
        // read now for readers of this store; read again, whole, at the first turn (another
        // writer may be applying its journal now, and what it left half done is undone in a turn)
        createIndices(address.shards());
        readCommit();
        seenCommitted = -1;
      } else if (exists(indices.meta)) {
        readCommit();
        checkFormat();
      }
      if (exists(indices.meta)) {
        loadCounts();
        loadClusters(null);
        this.seq = maxSeq();
      }
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  /**
   * Opens (creating its indices if needed) the store at {@code address} for writing.
   *
   * @throws StoreLockedException when another trame process writes to it
   * @throws StoreException when the cluster cannot be reached or the store is of another format
   */
  public static OpenSearchStore openForWriting(OpenSearchAddress address) {
    return new OpenSearchStore(address, true, false, Sketcher.standard());
  }

  /**
   * Opens (creating its indices if needed) the store at {@code address} for writing beside other
   * writer processes, on this machine or others: each holds the writer's lock for one turn at a
   * time ({@link #takeTurn}, {@link #endTurn}), and brings what it holds in memory up to date when
   * another committed since its last turn.
   */
  public static OpenSearchStore openForWritingInTurns(OpenSearchAddress address) {
    return new OpenSearchStore(address, true, true, Sketcher.standard());
  }

  /** Opens the store at {@code address} for reading; a store not created yet reads as empty. */
  public static OpenSearchStore openForReading(OpenSearchAddress address) {
    return new OpenSearchStore(address, false, false, Sketcher.standard());
  }

  // ------------------------------------------------------------------ opening

  /**
   * Whether the articles index exists: always for a writer, which made it; asked again by a reader
   * until it does (a store created after the reader opened).
   */
  private boolean articlesExist() {
    if (!articlesExist) {
      articlesExist = writable || exists(indices.articles);
    }
    return articlesExist;
  }

  private boolean exists(String index) {
    return os.attempt("HEAD", "/" + index, Map.of(), null).status() == 200;
  }

  private void createIndices(int shards) {
    createIfMissing(indices.meta, Indices.metaDefinition());
    readCommit(); // which generation of articles and clusters indices is the store's
    checkFormat();
    createIfMissing(indices.articles, Indices.articlesDefinition(shards));
    createIfMissing(indices.clusters, Indices.clustersDefinition());
    JsonNode mapping =
        os.call("GET", "/" + indices.clusters + "/_mapping", null)
            .path(indices.clusters)
            .path("mappings")
            .path("properties");
    if (!mapping.has("batch")) {
      ObjectNode added = Connection.object();
      added.putObject("properties").set("batch", Indices.clusterBatchField());
      os.call("PUT", "/" + indices.clusters + "/_mapping", added);
    }
    os.call(
        "GET",
        "/_cluster/health/" + indices.articles + "," + indices.clusters + "," + indices.meta,
        // languid: after the cluster-state change that started the shards has reached every node,
        // or a search sent to a node that has not applied it yet finds no shard (503), as a writer
        // that opened while another created the indices did
        Map.of("wait_for_status", "yellow", "wait_for_events", "languid", "timeout", "60s"),
        null);
  }

  private void createIfMissing(String index, ObjectNode definition) {
    if (exists(index)) {
      return;
    }
    Connection.Answer answer = os.attempt("PUT", "/" + index, Map.of(), definition);
    boolean raced =
        answer.status() == 400
            && answer
                .json()
                .path("error")
                .path("type")
                .asText()
                .equals("resource_already_exists_exception");
    if (answer.status() / 100 != 2 && !raced) {
      throw new StoreException(
          "cannot create the index "
              + index
              + " in OpenSearch at "
              + os.address()
              + ": "
              + Connection.reason(answer.json().path("error")));
    }
  }

  private void checkFormat() {
    for (String index : List.of(indices.meta, indices.articles, indices.clusters)) {
      Connection.Answer answer = os.attempt("GET", "/" + index + "/_mapping", Map.of(), null);
      if (answer.status() == 404) {
        continue;
      }
      String format =
          answer.json().path(index).path("mappings").path("_meta").path("trame_format").asText("");
      if (!Indices.FORMAT.equals(format)) {
        throw new StoreException(
            "the index "
                + index
                + " in OpenSearch at "
                + os.address()
                + (format.isEmpty()
                    ? " is not a trame store's"
                    : " is of trame store format " + format)
                + "; this trame reads format "
                + Indices.FORMAT
                + ": use another prefix (opensearch://host:port/PREFIX)");
      }
    }
  }

  /**
   * Takes the writer's lock: a document only one process can create. A lock left by a process of
   * this machine that is no longer running is taken over.
   */
  private void lock() {
    JsonNode held = tryLock();
    if (held != null) {
      throw new StoreLockedException(
          "another trame process is writing to "
              + os.address()
              + " (pid "
              + held.path("pid").asText()
              + " on "
              + held.path("host").asText()
              + " since "
              + held.path("since").asText()
              + "); only one writer at a time: wait for it to finish, or use another prefix",
          null);
    }
  }

  /**
   * Takes the writer's lock if it is free or its holder has gone (a process of this machine no
   * longer running, or a turn's lease run out); otherwise says who holds it.
   *
   * @return null once the lock is this writer's, else the lock as its holder wrote it
   */
  private JsonNode tryLock() {
    ObjectNode holder = Connection.object();
    ProcessHandle self = ProcessHandle.current();
    holder.put("kind", "lock");
    holder.put("pid", self.pid());
    holder.put("host", hostName());
    holder.put("since", Instant.now().toString());
    if (inTurns) {
      holder.put("expires", Instant.now().plus(TURN_LEASE).toString());
    }
    // the lock is readable by whoever may read the index: never a --store password in it
    String command = OpenSearchAddress.withoutPasswords(self.info().commandLine().orElse(""));
    holder.put("command", command.replaceAll("(.{300}).+", "$1…"));
    String path = "/" + indices.meta + "/_create/" + LOCK_ID;
    Connection.Answer answer = os.attempt("PUT", path, Map.of("refresh", "true"), holder);
    if (answer.status() / 100 == 2) {
      lockVersion = version(answer.json());
      return null;
    }
    if (answer.status() != 409) {
      throw new StoreException(
          "cannot take the writer's lock in OpenSearch at "
              + os.address()
              + ": "
              + Connection.reason(answer.json().path("error")));
    }
    Connection.Answer current =
        os.attempt("GET", "/" + indices.meta + "/_doc/" + LOCK_ID, Map.of(), null);
    if (current.status() == 404) {
      return tryLock(); // let go of meanwhile
    }
    JsonNode held = current.json().path("_source");
    boolean sameHost = hostName().equals(held.path("host").asText());
    boolean gone =
        (sameHost
                && ProcessHandle.of(held.path("pid").asLong()).map(p -> !p.isAlive()).orElse(true))
            || (held.hasNonNull("expires")
                && Instant.parse(held.path("expires").asText()).isBefore(Instant.now()));
    if (!gone) {
      return held;
    }
    // taken over only if nobody took it over first (the lock as read, by its sequence number)
    Connection.Answer taken =
        os.attempt(
            "PUT",
            "/" + indices.meta + "/_doc/" + LOCK_ID,
            Map.of(
                "refresh", "true",
                "if_seq_no", current.json().path("_seq_no").asText(),
                "if_primary_term", current.json().path("_primary_term").asText()),
            holder);
    if (taken.status() / 100 != 2) {
      return held;
    }
    lockVersion = version(taken.json());
    return null;
  }

  /**
   * Waits for this writer's turn (the writer's lock), then undoes what a writer that died in its
   * turn left, and reloads what this writer holds in memory if another committed since its last
   * turn. A writer that does not take turns holds the lock already.
   *
   * @return whether another writer committed since this one's last turn (what was read from the
   *     store before, events, stories, states and counts, may have changed)
   * @throws StoreLockedException when the turn has not come after {@link #TURN_WAIT}
   */
  @Override
  public boolean takeTurn() {
    requireWritable();
    if (!inTurns || turn) {
      return false;
    }
    long deadline = System.nanoTime() + TURN_WAIT.toNanos();
    long pause = 5;
    JsonNode held;
    while ((held = tryLock()) != null) {
      if (System.nanoTime() - deadline > 0) {
        throw new StoreLockedException(
            "waited "
                + TURN_WAIT.toMinutes()
                + " min for a turn to write to "
                + os.address()
                + "; pid "
                + held.path("pid").asText()
                + " on "
                + held.path("host").asText()
                + " holds it since "
                + held.path("since").asText(),
            null);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for a turn to write", e);
      }
      pause = Math.min(100, pause * 2);
    }
    turn = true;
    readCommit();
    recover();
    if (committed == seenCommitted) {
      return false;
    }
    reload();
    return true;
  }

  /** Which generation of articles and clusters indices the store reads (0 until a recluster). */
  long generation() {
    return indices.generation;
  }

  /** The last batch committed. */
  long committedBatch() {
    return committed;
  }

  /**
   * Switches this store, whose writer this is, to generation {@code next}: the articles and
   * clusters indices that a store at {@link Indices#generationPrefix} built and committed up to
   * {@code batch}. One write of the commit record switches; before it nothing is changed, after it
   * the old generation's indices and the builder's meta index are deleted.
   */
  void switchTo(long next, long batch) {
    requireWritable();
    Indices old = indices;
    Indices fresh = new Indices(prefix, next);
    // no journal of the old generation may be applied to the new one by a writer's recovery
    ObjectNode journals = Connection.object();
    journals.putObject("bool").putArray("filter").add(term("kind", "journal"));
    refresh(indices.meta);
    deleteWhere(indices.meta, journals, List.of("batch", "part"));
    ObjectNode record = Connection.object();
    Instant now = Instant.now();
    record.put("kind", "commit").put("batch", batch).put("parts", 0);
    record.put("at", now.toString());
    record.put("generation", next);
    os.call("PUT", "/" + indices.meta + "/_doc/" + COMMIT_ID, Map.of("refresh", "true"), record);
    indices = fresh;
    committed = batch;
    lastCommit = now;
    dropIndex(old.articles);
    dropIndex(old.clusters);
    dropIndex(Indices.generationPrefix(prefix, next) + "-meta");
  }

  /**
   * Removes what a recluster left unfinished: the store of generation {@code next} built beside
   * this one and never switched to. Refused if those indices are not a recluster's of this store.
   */
  void dropUnfinishedGeneration(long next) {
    String builder = Indices.generationPrefix(prefix, next);
    if (!exists(builder + "-meta") && !exists(builder + "-articles")) {
      return;
    }
    Connection.Answer marker =
        os.attempt("GET", "/" + builder + "-meta/_doc/" + RECLUSTER_ID, Map.of(), null);
    if (marker.status() != 200
        || !prefix.equals(marker.json().path("_source").path("of").asText())) {
      throw new StoreException(
          "the indices "
              + builder
              + "-* in OpenSearch at "
              + os.address()
              + " are not an unfinished recluster of "
              + prefix
              + ": remove them, or rename this store, before reclustering it");
    }
    dropIndex(builder + "-articles");
    dropIndex(builder + "-clusters");
    dropIndex(builder + "-meta");
  }

  /** Marks this store as the next generation of {@code of}, being built by its recluster. */
  void markAsReclusterOf(String of) {
    ObjectNode marker = Connection.object();
    marker.put("kind", "recluster").put("of", of).put("since", Instant.now().toString());
    os.call("PUT", "/" + indices.meta + "/_doc/" + RECLUSTER_ID, Map.of("refresh", "true"), marker);
  }

  /** The number of primary shards of the articles index, as it was created. */
  int articleShards() {
    JsonNode settings = os.call("GET", "/" + indices.articles + "/_settings", null);
    return settings
        .path(indices.articles)
        .path("settings")
        .path("index")
        .path("number_of_shards")
        .asInt(1);
  }

  private void dropIndex(String index) {
    Connection.Answer answer = os.attempt("DELETE", "/" + index, Map.of(), null);
    if (answer.status() / 100 != 2 && answer.status() != 404) {
      throw new StoreException(
          "cannot delete the index "
              + index
              + " in OpenSearch at "
              + os.address()
              + ": "
              + Connection.reason(answer.json().path("error")));
    }
  }

  /** Lets another writer have its turn; what this one added and did not commit is dropped. */
  @Override
  public void endTurn() {
    if (!inTurns || !turn) {
      return;
    }
    turn = false;
    seenCommitted = committed;
    if (!pending.isEmpty() || bulk.size() > 0 || clusters.changed()) {
      // what was not committed is undone by the next turn's recovery: forget it here too
      seenCommitted = -1;
      bulk.reset();
    }
    unlock();
  }

  /** The sequence number and primary term of a document as OpenSearch answered its write. */
  private static Map<String, String> version(JsonNode written) {
    return Map.of(
        "if_seq_no", written.path("_seq_no").asText(),
        "if_primary_term", written.path("_primary_term").asText());
  }

  /**
   * Lets go of the writer's lock, if it is still this writer's: a writer that stalled past its
   * lease and comes back must not remove the lock of the writer that took over.
   */
  private void unlock() {
    Map<String, String> params = new HashMap<>(lockVersion == null ? Map.of() : lockVersion);
    params.put("refresh", "true");
    os.attempt("DELETE", "/" + indices.meta + "/_doc/" + LOCK_ID, params, null);
    lockVersion = null;
  }

  @Override
  public boolean takesTurns() {
    return inTurns;
  }

  /**
   * What the store holds, read again: another writer committed since this one last read it. The
   * events and stories are those written since this writer's last turn; all of them at its first.
   */
  private void reload() {
    if (seenCommitted < 0) {
      clusters.clear();
    }
    clusters.committed(); // what this writer changed and did not commit is undone
    moved.clear();
    states.clear();
    dirtyStates.clear();
    absentStates.clear();
    pending.clear();
    pendingById.clear();
    pendingFingerprints.clear();
    pendingFrequency.clear();
    bulk.reset();
    languageCounts.clear();
    indexFrequency.clear();
    absentIds.clear();
    lastAnalysed = null;
    loadCounts();
    loadClusters(seenCommitted < 0 ? null : range("batch", "gt", seenCommitted));
    seq = maxSeq();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void readCommit() {
    Connection.Answer answer =
        os.attempt("GET", "/" + indices.meta + "/_doc/" + COMMIT_ID, Map.of(), null);
    JsonNode source = answer.json().path("_source");
    this.committed = answer.status() == 200 ? source.path("batch").asLong(0) : 0;
    long generation = answer.status() == 200 ? source.path("generation").asLong(0) : 0;
    commitVersion =
        answer.status() == 200
            ? new long[] {
              answer.json().path("_seq_no").asLong(), answer.json().path("_primary_term").asLong()
            }
            : null;
    if (generation != indices.generation) {
      // a recluster switched the store to its next indices
      indices = new Indices(prefix, generation);
      seenCommitted = -1;
    }
    this.lastCommit =
        answer.status() == 200 && source.hasNonNull("at")
            ? Instant.parse(source.path("at").asText())
            : null;
  }

  /**
   * What a writer does first: drops the articles of a batch never committed, and applies the last
   * commit's journal again, in case the writer that made it stopped before it was applied.
   */
  private void recover() {
    refresh(indices.articles);
    deleteWhere(indices.articles, range("batch", "gt", committed), List.of("seq"));
    List<JsonNode> journal = journal(committed);
    if (!journal.isEmpty()) {
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      for (JsonNode part : journal) {
        for (JsonNode entry : part.path("entries")) {
          appendJournalEntry(lines, entry, committed);
        }
      }
      if (lines.size() > 0) {
        os.bulk(lines.toByteArray(), Map.of());
      }
    }
    refresh(indices.articles);
    refresh(indices.clusters);
  }

  /** The journal parts of {@code batch}, in order. */
  private List<JsonNode> journal(long batch) {
    ObjectNode query = Connection.object();
    query.put("size", 10_000);
    query
        .putObject("query")
        .putObject("bool")
        .putArray("filter")
        .add(term("kind", "journal"))
        .add(term("batch", batch));
    query.putArray("sort").addObject().put("part", "asc");
    refresh(indices.meta);
    JsonNode found =
        os.call(
            "POST", "/" + indices.meta + "/_search", Map.of("ignore_unavailable", "true"), query);
    List<JsonNode> parts = new ArrayList<>();
    found.path("hits").path("hits").forEach(h -> parts.add(h.path("_source")));
    return parts;
  }

  private void loadCounts() {
    ObjectNode query = Connection.object();
    query.put("size", 0);
    query.put("track_total_hits", true);
    query.set("query", visible());
    ObjectNode aggs = query.putObject("aggs");
    aggs.putObject("languages").putObject("terms").put("field", "language").put("size", 1000);
    aggs.putObject("unsupported")
        .putObject("terms")
        .put("field", "language_unsupported")
        .put("size", 1000);
    aggs.putObject("duplicates").set("filter", term("duplicate", true));
    JsonNode answer = search(indices.articles, query);
    articleCount = answer.path("hits").path("total").path("value").asLong();
    duplicateCount = answer.path("aggregations").path("duplicates").path("doc_count").asLong();
    for (JsonNode b : answer.path("aggregations").path("languages").path("buckets")) {
      languageCounts.computeIfAbsent(b.path("key").asText(), k -> new long[2])[0] =
          b.path("doc_count").asLong();
    }
    for (JsonNode b : answer.path("aggregations").path("unsupported").path("buckets")) {
      languageCounts.computeIfAbsent(b.path("key").asText(), k -> new long[2])[1] =
          b.path("doc_count").asLong();
    }
    indexedArticles = articleCount;
  }

  private long maxSeq() {
    ObjectNode query = Connection.object();
    query.put("size", 0);
    query.putObject("aggs").putObject("seq").putObject("max").put("field", "seq");
    JsonNode max = search(indices.articles, query).path("aggregations").path("seq").path("value");
    return max.isNumber() ? max.asLong() : 0;
  }

  /**
   * Reads events and stories into memory, all of them or those {@code since} matches, in the order
   * they were created (a cluster read again keeps its place).
   */
  private void loadClusters(ObjectNode since) {
    List<Object> loaded = new ArrayList<>();
    ObjectNode query = Connection.object();
    ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
    filter.addObject().set("terms", terms("kind", List.of(EVENT, STORY)));
    if (since != null) {
      filter.add(since);
    }
    forEachHit(
        indices.clusters,
        query,
        List.of("id"),
        hit -> {
          JsonNode source = hit.path("_source");
          byte[] json = Json.write(source.path("json"));
          loaded.add(
              source.path("kind").asText().equals(EVENT)
                  ? Json.read(json, Event.class)
                  : Json.read(json, Story.class));
        });
    clusters.load(loaded);
  }

  @Override
  public boolean writable() {
    return writable;
  }

  @Override
  public boolean upToDate() {
    if (writable) {
      return true;
    }
    Connection.Answer answer =
        os.attempt("GET", "/" + indices.meta + "/_doc/" + COMMIT_ID, Map.of(), null);
    JsonNode source = answer.json().path("_source");
    long now = answer.status() == 200 ? source.path("batch").asLong(0) : 0;
    long generation = answer.status() == 200 ? source.path("generation").asLong(0) : 0;
    return now == committed && generation == indices.generation;
  }

  // ------------------------------------------------------------------ pipeline questions

  @Override
  public Optional<StoredArticle> article(String id) {
    StoredArticle recent = pendingById.get(id);
    if (recent != null) {
      return Optional.of(recent);
    }
    if (writable && absentIds.contains(id)) {
      return Optional.empty();
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
    // the realtime truth for the writer: an unrefreshed original is in pendingFingerprints
    JsonNode answer =
        prefetched != null && prefetched.fingerprint().equals(fingerprint)
            ? prefetched.original()
            : search(indices.articles, fingerprintQuery(fingerprint));
    JsonNode hits = answer.path("hits").path("hits");
    return hits.isEmpty()
        ? Optional.empty()
        : Optional.of(hits.get(0).path("_source").path("id").asText());
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
    JsonNode answer =
        prefetched != null && prefetched.article() == article && prefetched.limit() == limit
            ? prefetched.candidates()
            : search(indices.articles, candidatesQuery(sketch, limit));
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode s = hit.path("_source");
      if (!s.hasNonNull("signature")) {
        continue;
      }
      byte[] bytes = Base64.getDecoder().decode(s.path("signature").asText());
      double similarity = sketch.signature().similarity(Signature.decode(bytes, 0, bytes.length));
      String id = s.path("id").asText();
      String original = s.path("duplicate_of").asText("");
      found.add(new CopyCandidate(id, original.isEmpty() ? id : original, similarity));
    }
    found.sort(
        Comparator.comparingDouble(CopyCandidate::similarity)
            .reversed()
            .thenComparing(CopyCandidate::articleId));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /** The first original stored with this fingerprint. */
  private ObjectNode fingerprintQuery(String fingerprint) {
    ObjectNode query = Connection.object();
    query.put("size", 1);
    query.putArray("_source").add("id");
    ObjectNode bool = query.putObject("query").putObject("bool");
    bool.putArray("filter").add(term("fingerprint", fingerprint)).add(visible());
    bool.putArray("must_not").add(term("duplicate", true));
    query.putArray("sort").addObject().put("seq", "asc");
    return query;
  }

  /** The stored articles sharing most LSH bands with a sketch. */
  private ObjectNode candidatesQuery(Sketch sketch, int limit) {
    ObjectNode query = Connection.object();
    query.put("size", limit);
    query.putArray("_source").add("id").add("duplicate_of").add("signature");
    ObjectNode bool = query.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    for (long key : sketch.bandKeys()) {
      // each band counts once, whatever its statistics: the score is the bands shared
      should.addObject().putObject("constant_score").set("filter", term("band", bandTerm(key)));
    }
    bool.put("minimum_should_match", 1);
    bool.putArray("filter").add(visible());
    query.putArray("sort").add("_score").addObject().put("seq", "asc");
    return query;
  }

  /**
   * The two searches of near-copy finding for an article, sent together before the pipeline asks
   * them one after the other: a round trip less per article. The index does not change in between
   * (it changes at refreshes, which only adds bring).
   */
  private record Prefetched(
      String fingerprint, JsonNode original, Article article, int limit, JsonNode candidates) {}

  private Prefetched prefetched;

  @Override
  public void willPlace(Article article) {
    prefetched = null;
    Sketch sketch = sketchOf(article);
    if (!writable || sketch == null || indexedArticles == 0) {
      return;
    }
    int limit = org.trame.dedup.NearDuplicateFinder.CANDIDATES;
    List<JsonNode> answers =
        os.searches(
            indices.articles,
            List.of(fingerprintQuery(article.contentHash()), candidatesQuery(sketch, limit)));
    prefetched =
        new Prefetched(article.contentHash(), answers.get(0), article, limit, answers.get(1));
  }

  private static String bandTerm(long key) {
    return Long.toHexString(key);
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

  @Override
  public List<Neighbour> neighbours(Article article, int limit) {
    Analysed analysed = analyse(article.fullText());
    LongDoubleHashMap weights = weights(analysed);
    List<Neighbour> found = new ArrayList<>();
    for (Pending p : pending) {
      if (!p.article().duplicate()) {
        found.add(neighbour(p.article(), TermStatistics.cosine(weights, p.weights())));
      }
    }
    if (!weights.isEmpty() && indexedArticles > 0) {
      collectFromIndex(analysed, weights, found, article.published());
    }
    found.sort(
        Comparator.comparingDouble(Neighbour::similarity)
            .reversed()
            .thenComparing(Neighbour::articleId));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  private void collectFromIndex(
      Analysed analysed,
      LongDoubleHashMap weights,
      List<Neighbour> found,
      PublishedDate published) {
    ObjectNode query = Connection.object();
    query.put("size", RETRIEVED);
    query
        .putArray("_source")
        .add("id")
        .add("story")
        .add("event")
        .add("published_iso")
        .add("estimated");
    ObjectNode bool = query.putObject("query").putObject("bool");
    ArrayNode topTerms = bool.putArray("must").addObject().putObject("bool").putArray("should");
    analysed.terms().keySet().stream()
        .map(t -> Map.entry(t, weights.get(TermVector.hash(t))))
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(QUERY_TERMS)
        .forEach(e ->
            topTerms
                .addObject()
                .putObject("term")
                .putObject("text")
                .put("value", e.getKey())
                .put("boost", e.getValue().floatValue()));
    ArrayNode filter = bool.putArray("filter").add(visible());
    if (published != null) {
      // the articles of those years, and the undated ones: as the embedded store's window
      ObjectNode window = filter.addObject().putObject("bool");
      ArrayNode either = window.putArray("should");
      ObjectNode dated = either.addObject().putObject("bool");
      dated
          .putArray("filter")
          .add(
              range(
                  "published_first",
                  "lte",
                  published.lastDay().toEpochDay() + Store.NEIGHBOUR_WINDOW_DAYS))
          .add(
              range(
                  "published_last",
                  "gte",
                  published.date().toEpochDay() - Store.NEIGHBOUR_WINDOW_DAYS));
      either
          .addObject()
          .putObject("bool")
          .putArray("must_not")
          .addObject()
          .putObject("exists")
          .put("field", "published_first");
      window.put("minimum_should_match", 1);
    }
    bool.putArray("must_not").add(term("duplicate", true));
    JsonNode hits = search(indices.articles, query).path("hits").path("hits");
    if (hits.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    hits.forEach(h -> ids.add(h.path("_id").asText()));
    Map<String, Terms> counts = termVectors(ids);
    for (JsonNode hit : hits) {
      JsonNode s = hit.path("_source");
      String id = s.path("id").asText();
      Terms candidate = counts.get(id);
      if (candidate == null) {
        continue;
      }
      found.add(
          new Neighbour(
              id,
              moved.getOrDefault(id, s.path("story").asText()),
              s.path("event").asText(),
              placementDate(s.path("published_iso").asText(""), s.path("estimated").asBoolean()),
              cosine(weights, candidate)));
    }
  }

  /**
   * The term counts of each article's text, by id, from its stored term vector (kept once read);
   * and, in {@link #indexFrequency}, the document frequency of each of their terms.
   */
  private Map<String, Terms> termVectors(List<String> ids) {
    Map<String, Terms> counts = new HashMap<>();
    List<String> unread = new ArrayList<>();
    for (String id : ids) {
      Terms known = termCounts.get(id);
      if (known == null) {
        unread.add(id);
      } else {
        counts.put(id, known);
      }
    }
    if (!unread.isEmpty()) {
      ObjectNode request = Connection.object();
      ArrayNode asked = request.putArray("ids");
      unread.forEach(asked::add);
      termVectorParameters(request.putObject("parameters"));
      JsonNode answer = termVectorCall("_mtermvectors", request);
      for (JsonNode doc : answer.path("docs")) {
        if (!doc.path("found").asBoolean(true)) {
          continue;
        }
        Terms terms = terms(doc.path("term_vectors").path("text").path("terms"));
        counts.put(doc.path("_id").asText(), terms);
        termCounts.put(doc.path("_id").asText(), terms);
      }
    }
    // the frequencies of the terms of articles read before the last refresh are asked in one go
    Set<String> unknown = new java.util.TreeSet<>();
    for (Terms t : counts.values()) {
      for (int i = 0; i < t.hashes().length; i++) {
        if (!indexFrequency.containsKey(t.hashes()[i])) {
          unknown.add(t.terms()[i]);
        }
      }
    }
    if (!unknown.isEmpty()) {
      ObjectNode request = Connection.object();
      // the terms as they are: already analysed, they must not be analysed again
      request.putObject("doc").put("text", String.join(" ", unknown));
      request.putObject("per_field_analyzer").put("text", "whitespace");
      termVectorParameters(request);
      JsonNode answer = termVectorCall("_termvectors", request);
      terms(answer.path("term_vectors").path("text").path("terms"));
      for (String term : unknown) {
        // a term the index does not hold has no statistics in the answer: none
        indexFrequency.putIfAbsent(TermVector.hash(term), 0);
      }
    }
    return counts;
  }

  /**
   * A term-vector request on the articles index, its statistics as of the last refresh (not the
   * documents indexed since), as the weights need them.
   */
  private JsonNode termVectorCall(String api, ObjectNode request) {
    return os.call(
        "POST", "/" + indices.articles + "/" + api, Map.of("realtime", "false"), request);
  }

  private static void termVectorParameters(ObjectNode params) {
    params.putArray("fields").add("text");
    params.put("term_statistics", true);
    params.put("field_statistics", false);
    params.put("positions", false);
    params.put("offsets", false);
    params.put("payloads", false);
  }

  /** The terms of a term-vector answer, in hash order; their frequencies into the cache. */
  private Terms terms(JsonNode answer) {
    Map<Long, String> byHash = new java.util.TreeMap<>();
    LongIntHashMap termFrequency = new LongIntHashMap();
    answer
        .properties()
        .forEach(e -> {
          long hash = TermVector.hash(e.getKey());
          byHash.put(hash, e.getKey());
          termFrequency.put(hash, e.getValue().path("term_freq").asInt());
          indexFrequency.put(hash, e.getValue().path("doc_freq").asInt(0));
        });
    String[] terms = new String[byHash.size()];
    long[] hashes = new long[byHash.size()];
    int[] counts = new int[byHash.size()];
    int i = 0;
    for (Map.Entry<Long, String> e : byHash.entrySet()) {
      terms[i] = e.getValue();
      hashes[i] = e.getKey();
      counts[i++] = termFrequency.get(e.getKey());
    }
    return new Terms(terms, hashes, counts);
  }

  /**
   * What {@link TermStatistics} computes, with the index's frequencies plus the pending ones,
   * summed in term order as the embedded store sums.
   */
  private double cosine(LongDoubleHashMap weights, Terms candidate) {
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < candidate.hashes().length; i++) {
      long term = candidate.hashes()[i];
      double w = (1 + StrictMath.log(candidate.counts()[i])) * idf(term);
      norm += w * w;
      dot += weights.getOrDefault(term, 0) * w;
    }
    return norm == 0 ? 0 : Math.min(1.0, dot / Math.sqrt(norm));
  }

  /** Every article added counts, those the index has not counted yet too. */
  private double idf(long term) {
    long df = indexFrequency.getOrDefault(term, 0) + pendingFrequency.getOrDefault(term, 0);
    return TermStatistics.idf(articleCount, df);
  }

  private LongDoubleHashMap weights(Analysed analysed) {
    return TermStatistics.weights(analysed.counts(), this::idf);
  }

  @Override
  public TermWeights termWeights(Article article) {
    LongDoubleHashMap weights = weights(analyse(article.fullText()));
    long[] terms = new long[weights.size()];
    float[] values = new float[weights.size()];
    int i = 0;
    for (LongDoubleCursor c : weights) {
      terms[i] = c.key;
      values[i++] = (float) c.value;
    }
    return TermWeights.of(terms, values);
  }

  /**
   * Analyses {@code text} as the index does (the index itself does it, for an article it does not
   * hold), with each term's document frequency there. The pipeline asks for neighbours, weights and
   * then adds the same article: analysed once.
   */
  private Analysed analyse(String text) {
    if (!text.equals(lastAnalysed)) {
      lastTerms = analyseAnew(text);
      lastAnalysed = text;
    }
    return lastTerms;
  }

  @Override
  public long[] terms(String text) {
    long[] terms = analyseAnew(text).counts().keys().toArray();
    Arrays.sort(terms);
    return terms;
  }

  /** Analyses {@code text} by the index, whatever was analysed last. */
  private Analysed analyseAnew(String text) {
    Map<String, Integer> terms = new HashMap<>();
    LongIntHashMap counts = new LongIntHashMap();
    if (!text.isBlank()) {
      ObjectNode request = Connection.object();
      request.putObject("doc").put("text", text);
      termVectorParameters(request);
      JsonNode answer = termVectorCall("_termvectors", request);
      answer
          .path("term_vectors")
          .path("text")
          .path("terms")
          .properties()
          .forEach(e -> {
            int count = e.getValue().path("term_freq").asInt();
            long hash = TermVector.hash(e.getKey());
            terms.put(e.getKey(), count);
            counts.addTo(hash, count);
            indexFrequency.put(hash, e.getValue().path("doc_freq").asInt(0));
          });
    }
    return new Analysed(terms, counts);
  }

  private static PublishedDate placementDate(String iso, boolean estimated) {
    if (iso.isEmpty()) {
      return null;
    }
    PublishedDate d = PublishedDate.parse(iso);
    return estimated ? new PublishedDate(d.date(), d.precision(), true) : d;
  }

  private static Neighbour neighbour(StoredArticle a, double similarity) {
    return new Neighbour(a.id(), a.storyId(), a.eventId(), a.article().published(), similarity);
  }

  // ------------------------------------------------------------------ writes

  @Override
  public void add(StoredArticle stored) {
    requireWritable();
    Article a = stored.article();
    absentIds.remove(a.id());
    prefetched = null;
    Analysed analysed = analyse(a.fullText());
    Sketch sketch = sketchOf(a);
    ObjectNode doc = Connection.object();
    doc.put("id", a.id());
    doc.put("batch", committed + 1);
    doc.put("seq", ++seq);
    doc.put("fingerprint", a.contentHash());
    doc.put("duplicate", stored.duplicate());
    String language = a.language() == null ? LanguageDetector.UNDETERMINED : a.language();
    doc.put("language", language);
    if (!a.languageSupported()) {
      doc.put("language_unsupported", language);
    }
    if (stored.duplicate()) {
      doc.put("duplicate_of", stored.duplicateOf());
    }
    if (sketch != null) {
      ArrayNode bands = doc.putArray("band");
      for (long key : sketch.bandKeys()) {
        bands.add(bandTerm(key));
      }
      doc.put("signature", Base64.getEncoder().encodeToString(sketch.signature().encode()));
    }
    doc.put("title", a.title());
    doc.put("text", a.fullText());
    doc.put("story", stored.storyId());
    doc.put("event", stored.eventId());
    if (a.published() != null) {
      doc.put("published", a.published().date().toEpochDay());
      doc.put("published_first", a.published().date().toEpochDay());
      doc.put("published_last", a.published().lastDay().toEpochDay());
      doc.put("published_iso", a.published().iso());
      doc.put("estimated", a.published().estimated());
      Precision p = a.published().precision();
      if (p == Precision.DAY || p == Precision.MONTH) {
        doc.putArray("month").add(YearMonth.from(a.published().date()).toString());
      }
    }
    if (a.source() != null && !a.source().isBlank()) {
      doc.put("source", a.source());
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> facets = new LinkedHashSet<>();
    for (EntityMention m : stored.analysis().entities()) {
      String key = SearchAssembly.entityKey(m.canonical());
      if (!key.isEmpty()) {
        keys.add(key);
        facets.add(m.type() + SearchAssembly.SEPARATOR + m.canonical().strip());
      }
    }
    ArrayNode entity = doc.putArray("entity");
    keys.forEach(entity::add);
    ArrayNode entityFacet = doc.putArray("entity_facet");
    facets.forEach(entityFacet::add);
    doc.set("stored", Json.MAPPER.valueToTree(stored));
    appendLine(bulk, action("index", indices.articles, a.id()));
    appendLine(bulk, doc);

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
    for (LongIntCursor c : analysed.counts()) {
      pendingFrequency.addTo(c.key, 1);
    }
    // its weights under the statistics that now count it, as the embedded store keeps them
    pending.add(new Pending(stored, weights(analysed), sketch));
    pendingById.put(a.id(), stored);
    if (pending.size() >= PENDING_LIMIT) {
      refreshArticles();
    } else if (bulk.size() >= BULK_BYTES) {
      flush();
    }
  }

  @Override
  public void moveArticles(Collection<String> ids, String storyId) {
    requireWritable();
    for (StoredArticle a : articles(ids)) {
      StoredArticle m = a.inStory(storyId);
      if (pendingById.containsKey(a.id())) {
        pendingById.put(a.id(), m);
        pending.replaceAll(p -> p.article().id().equals(a.id()) ? p.withArticle(m) : p);
      }
      moved.put(a.id(), storyId);
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
    absentStates.remove(name);
  }

  @Override
  public Optional<byte[]> state(String name) {
    byte[] known = states.get(name);
    if (known == null && !(writable && absentStates.contains(name))) {
      Connection.Answer answer =
          os.attempt(
              "GET",
              "/" + indices.clusters + "/_doc/" + Connection.encode(stateId(name)),
              Map.of(),
              null);
      if (answer.status() == 200) {
        known = Base64.getDecoder().decode(answer.json().path("_source").path("json").asText());
        states.put(name, known);
      } else {
        absentStates.add(name);
      }
    }
    return Optional.ofNullable(known).map(byte[]::clone);
  }

  /** Ids of states are prefixed so that they never meet an event or story id. */
  private static String stateId(String name) {
    return STATE + ":" + name;
  }

  @Override
  public void commit() {
    requireWritable();
    if (!turn) {
      throw new IllegalStateException("a writer that takes turns commits in its turn");
    }
    flush();
    long batch = committed + 1;
    // 1. the journal: everything the commit changes besides articles, durable before it counts
    List<ObjectNode> entries = new ArrayList<>();
    for (String name : dirtyStates) {
      entries.add(
          entry(
              STATE,
              stateId(name),
              Json.MAPPER
                  .getNodeFactory()
                  .textNode(Base64.getEncoder().encodeToString(states.get(name)))));
    }
    for (Event e : clusters.changedEvents()) {
      entries.add(entry(EVENT, e.id(), Json.MAPPER.valueToTree(e)));
    }
    for (Story s : clusters.changedStories()) {
      entries.add(entry(STORY, s.id(), Json.MAPPER.valueToTree(s)));
    }
    moved.forEach((id, story) ->
        entries.add(entry(PLACEMENT, id, Json.MAPPER.getNodeFactory().textNode(story))));
    ByteArrayOutputStream journal = new ByteArrayOutputStream();
    int part = 0;
    ObjectNode current = journalPart(batch, part);
    int size = 0;
    for (ObjectNode e : entries) {
      byte[] bytes = Json.write(e);
      if (size > 0 && size + bytes.length > JOURNAL_PART_BYTES) {
        appendLine(journal, action("index", indices.meta, "journal-" + batch + "-" + part));
        appendLine(journal, current);
        current = journalPart(batch, ++part);
        size = 0;
      }
      ((ArrayNode) current.get("entries")).add(e);
      size += bytes.length;
    }
    appendLine(journal, action("index", indices.meta, "journal-" + batch + "-" + part));
    appendLine(journal, current);
    os.bulk(journal.toByteArray(), Map.of());

    // 2. the commit itself: one document
    Instant now = Instant.now();
    ObjectNode record = Connection.object();
    record.put("kind", "commit").put("batch", batch).put("parts", part + 1);
    record.put("generation", indices.generation);
    record.put("at", now.toString());
    if (inTurns) {
      // only if nobody committed since this turn began: a writer whose lease ran out while it
      // stalled, and whose turn another took, must not commit over the other's work
      Connection.Answer written =
          os.attempt(
              "PUT",
              "/" + indices.meta + "/_doc/" + COMMIT_ID,
              commitVersion == null
                  ? Map.of("op_type", "create")
                  : Map.of(
                      "if_seq_no", String.valueOf(commitVersion[0]),
                      "if_primary_term", String.valueOf(commitVersion[1])),
              record);
      if (written.status() == 409) {
        throw new StoreException(
            "this writer's turn to write to "
                + os.address()
                + " was taken over by another while it stalled (its lease ran out): nothing of"
                + " this turn is committed; ingest the same input again to store it");
      }
      if (written.status() / 100 != 2) {
        throw new StoreException(
            "cannot commit to OpenSearch at "
                + os.address()
                + ": "
                + Connection.reason(written.json().path("error")));
      }
      commitVersion =
          new long[] {
            written.json().path("_seq_no").asLong(), written.json().path("_primary_term").asLong()
          };
    } else {
      os.call("PUT", "/" + indices.meta + "/_doc/" + COMMIT_ID, record);
    }
    committed = batch;
    lastCommit = now;

    // 3. the journal applied; the previous one is no longer needed
    ByteArrayOutputStream apply = new ByteArrayOutputStream();
    for (ObjectNode e : entries) {
      appendJournalEntry(apply, e, batch);
    }
    if (apply.size() > 0) {
      os.bulk(apply.toByteArray(), Map.of());
    }
    ObjectNode old = Connection.object();
    old.putObject("bool")
        .putArray("filter")
        .add(term("kind", "journal"))
        .add(range("batch", "lt", batch));
    refresh(indices.meta);
    deleteWhere(indices.meta, old, List.of("batch", "part"));
    clusters.committed();
    dirtyStates.clear();
    moved.clear();
    refreshArticles();
    refresh(indices.clusters);
    states.clear();
  }

  /**
   * Deletes the documents {@code query} finds, found page by page in {@code order} (its keys unique
   * together); by ids, since delete-by-query lives in a module a cluster may lack.
   */
  private void deleteWhere(String index, ObjectNode query, List<String> order) {
    List<String> ids = new ArrayList<>();
    ObjectNode search = Connection.object();
    search.set("query", query);
    forEachHit(index, search, order, List.of(), hit -> ids.add(hit.path("_id").asText()));
    if (ids.isEmpty()) {
      return;
    }
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (String id : ids) {
      appendLine(lines, action("delete", index, id));
    }
    os.bulk(lines.toByteArray(), Map.of("refresh", "true"));
  }

  private static ObjectNode entry(String kind, String id, JsonNode json) {
    ObjectNode e = Connection.object();
    e.put("kind", kind).put("id", id).set("json", json);
    return e;
  }

  private static ObjectNode journalPart(long batch, int part) {
    ObjectNode doc = Connection.object();
    doc.put("kind", "journal").put("batch", batch).put("part", part);
    doc.putArray("entries");
    return doc;
  }

  /**
   * What applying one journal entry writes: a cluster or state document, or, for an article moved
   * to another story, the new value of its {@code story} field (the same again changes nothing).
   */
  private void appendJournalEntry(ByteArrayOutputStream lines, JsonNode entry, long batch) {
    String kind = entry.path("kind").asText();
    if (kind.equals(PLACEMENT)) {
      ObjectNode update = Connection.object();
      update.putObject("doc").put("story", entry.path("json").asText());
      appendLine(lines, action("update", indices.articles, entry.path("id").asText()));
      appendLine(lines, update);
    } else {
      appendClusterDoc(lines, kind, entry.path("id").asText(), entry.path("json"), batch);
    }
  }

  private void appendClusterDoc(
      ByteArrayOutputStream lines, String kind, String id, JsonNode json, long batch) {
    ObjectNode doc = Connection.object();
    doc.put("kind", kind).put("id", id).put("batch", batch);
    if (!kind.equals(STATE)) {
      doc.put("number", Clusters.number(id));
    }
    doc.set("json", json);
    appendLine(lines, action("index", indices.clusters, id));
    appendLine(lines, doc);
  }

  /** Sends the articles written so far; they are durable, but not counted nor found yet. */
  private void flush() {
    if (bulk.size() > 0) {
      os.bulk(bulk.toByteArray(), Map.of());
      bulk.reset();
    }
  }

  /** Sends and makes searchable every article written: the index's statistics now count them. */
  private void refreshArticles() {
    flush();
    refresh(indices.articles);
    indexedArticles = articleCount;
    lastAnalysed = null; // its frequencies in the index have just changed
    indexFrequency.clear();
    pending.clear();
    pendingById.clear();
    pendingFingerprints.clear();
    pendingFrequency.clear();
  }

  private void refresh(String index) {
    os.call("POST", "/" + index + "/_refresh", Map.of("ignore_unavailable", "true"), null);
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
    List<String> toGet = new ArrayList<>();
    for (String id : ids) {
      StoredArticle recent = pendingById.get(id);
      if (recent != null) {
        found.put(id, recent);
      } else {
        toGet.add(id);
      }
    }
    if (!toGet.isEmpty() && articlesExist()) {
      for (int from = 0; from < toGet.size(); from += 512) {
        ObjectNode request = Connection.object();
        ArrayNode list = request.putArray("ids");
        toGet.subList(from, Math.min(toGet.size(), from + 512)).forEach(list::add);
        JsonNode answer =
            os.call(
                "POST",
                "/" + indices.articles + "/_mget",
                Map.of("_source_includes", "stored,batch,story"),
                request);
        for (JsonNode doc : answer.path("docs")) {
          JsonNode source = doc.path("_source");
          if (doc.path("found").asBoolean(false) && isVisible(source)) {
            StoredArticle a = readArticle(source);
            found.put(a.id(), a);
          }
        }
      }
    }
    List<StoredArticle> ordered = new ArrayList<>();
    for (String id : ids) {
      StoredArticle a = found.get(id);
      if (a != null) {
        ordered.add(a);
      } else if (writable) {
        if (absentIds.size() >= ABSENT_IDS_KEPT) {
          absentIds.clear();
        }
        absentIds.add(id);
      }
    }
    return ordered;
  }

  private boolean isVisible(JsonNode source) {
    return writable || source.path("batch").asLong() <= committed;
  }

  /**
   * The article of a document, in the story of its {@code story} field when read (the stored JSON
   * keeps the story the article first joined; a merge changes only the field), or where this writer
   * moved it since its last commit.
   */
  private StoredArticle readArticle(JsonNode source) {
    StoredArticle a = Json.read(Json.write(source.path("stored")), StoredArticle.class);
    String story = moved.get(a.id());
    if (story == null && source.hasNonNull("story")) {
      story = source.path("story").asText();
    }
    return story == null ? a : a.inStory(story);
  }

  @Override
  public List<StoredArticle> copiesOf(String originalId) {
    List<StoredArticle> copies = new ArrayList<>();
    ObjectNode query = Connection.object();
    query
        .putObject("query")
        .putObject("bool")
        .putArray("filter")
        .add(term("duplicate_of", originalId))
        .add(visible());
    forEachHit(
        indices.articles,
        query,
        List.of("seq"),
        hit -> copies.add(readArticle(hit.path("_source"))));
    for (Pending p : pending) {
      if (originalId.equals(p.article().duplicateOf())) {
        copies.add(p.article());
      }
    }
    return copies;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    if (!articlesExist()) {
      return SearchResult.EMPTY;
    }
    ObjectNode words = words(request.text());
    ObjectNode matching = query(words, request);

    // 1. a copy whose original matches too is folded into it: the copies that match, few, and
    // which of their originals match
    Map<String, String> originalOf = new HashMap<>();
    ObjectNode copies = Connection.object();
    copies
        .putObject("query")
        .putObject("bool")
        .<ObjectNode>set("must", matching)
        .putArray("filter")
        .add(term("duplicate", true));
    forEachHit(
        indices.articles,
        copies,
        List.of("id"),
        List.of("id", "duplicate_of"),
        hit ->
            originalOf.put(
                hit.path("_source").path("id").asText(),
                hit.path("_source").path("duplicate_of").asText("")));
    Set<String> originalsMatching = new HashSet<>();
    if (!originalOf.isEmpty()) {
      ObjectNode originals = Connection.object();
      ObjectNode bool = originals.putObject("query").putObject("bool");
      bool.set("must", matching);
      bool.putArray("filter").add(Connection.object().set("ids", idValues(originalOf.values())));
      forEachHit(
          indices.articles,
          originals,
          List.of("id"),
          List.of("id"),
          hit -> originalsMatching.add(hit.path("_source").path("id").asText()));
    }
    Set<String> folded = new HashSet<>();
    Map<String, Integer> foldedInto = new HashMap<>();
    originalOf.forEach((copy, original) -> {
      if (originalsMatching.contains(original)) {
        folded.add(copy);
        foldedInto.merge(original, 1, Integer::sum);
      }
    });
    ObjectNode kept = Connection.object();
    ObjectNode keptBool = kept.putObject("bool");
    keptBool.set("must", matching);
    if (!folded.isEmpty()) {
      keptBool.putArray("must_not").add(Connection.object().set("ids", idValues(folded)));
    }

    // 2. what is kept, counted: total, facets, stories
    ObjectNode counting = Connection.object();
    counting.put("size", 0);
    counting.put("track_total_hits", true);
    counting.set("query", kept);
    ObjectNode aggs = counting.putObject("aggs");
    aggs.putObject("sources").set("terms", termsAgg("source", SearchAssembly.SHOWN_SOURCES, true));
    aggs.putObject("months").set("terms", termsAgg("month", ALL_BUCKETS, false));
    aggs.putObject("entities").set("terms", termsAgg("entity", ALL_BUCKETS, false));
    aggs.putObject("values").set("terms", termsAgg("entity_facet", ALL_BUCKETS, false));
    aggs.putObject("stories")
        .putObject("cardinality")
        .put("field", "story")
        .put("precision_threshold", 40_000);
    JsonNode counted = search(indices.articles, counting);
    long total = counted.path("hits").path("total").path("value").asLong();
    if (total == 0) {
      return SearchResult.EMPTY;
    }
    JsonNode a = counted.path("aggregations");
    SearchResult.Facets facets =
        SearchAssembly.facets(
            buckets(a.path("sources")),
            buckets(a.path("months")),
            buckets(a.path("entities")),
            buckets(a.path("values")));

    // 3. the page of hits, in the order asked for
    List<Match> shown = new ArrayList<>();
    for (JsonNode hit : pageOfHits(kept, request)) {
      shown.add(match(shown.size(), hit));
    }
    List<Match> pageMatches = List.copyOf(shown);

    // 4. the page of stories, in the order of their best hits
    long storyTotal = a.path("stories").path("value").asLong();
    List<List<Match>> storyPage = new ArrayList<>();
    List<Long> storyCounts = new ArrayList<>();
    if (request.byStory()) {
      ObjectNode grouping = Connection.object();
      grouping.put("size", 0);
      grouping.set("query", kept);
      ObjectNode byStory = grouping.putObject("aggs").putObject("stories");
      byStory.set("terms", termsAgg("story", ALL_BUCKETS, false));
      ObjectNode best = byStory.putObject("aggs").putObject("best").putObject("top_hits");
      best.put("size", SearchAssembly.HITS_PER_STORY);
      best.put("track_scores", true);
      best.set("sort", hitOrder(request.sort()));
      best.putArray("_source").add("id").add("story").add("published");
      List<List<Match>> groups = new ArrayList<>();
      Map<List<Match>, Long> counts = new HashMap<>();
      for (JsonNode bucket :
          search(indices.articles, grouping).path("aggregations").path("stories").path("buckets")) {
        List<Match> members = new ArrayList<>();
        for (JsonNode hit : bucket.path("best").path("hits").path("hits")) {
          members.add(match(-1, hit));
        }
        groups.add(members);
        counts.put(members, bucket.path("doc_count").asLong());
      }
      storyTotal = groups.size();
      Comparator<Match> order = SearchAssembly.hitOrder(request.sort());
      groups.sort((x, y) -> order.compare(x.get(0), y.get(0)));
      int from = Math.min(groups.size(), request.offset());
      int to = Math.min(groups.size(), from + request.limit());
      for (List<Match> members : groups.subList(from, to)) {
        List<Match> keyed = new ArrayList<>();
        for (Match m : members) {
          Match known = shown.stream().filter(x -> x.id().equals(m.id())).findFirst().orElse(null);
          if (known == null) {
            known = withKey(m, shown.size());
            shown.add(known);
          }
          keyed.add(known);
        }
        storyPage.add(keyed);
        storyCounts.add(counts.get(members));
      }
    }

    // 5. the shown articles read in full, with their snippets
    Map<Integer, Integer> copiesByKey = new HashMap<>();
    for (Match m : shown) {
      Integer n = foldedInto.get(m.id());
      if (n != null) {
        copiesByKey.put(m.key(), n);
      }
    }
    Map<Integer, SearchHit> hits = shown.isEmpty() ? Map.of() : hits(words, shown, copiesByKey);
    List<SearchResult.StoryHits> stories = new ArrayList<>();
    for (int i = 0; i < storyPage.size(); i++) {
      List<Match> members = storyPage.get(i);
      List<SearchHit> bestHits = members.stream().map(m -> hits.get(m.key())).toList();
      String storyId = members.get(0).storyId();
      String title = story(storyId).map(Story::title).orElse(bestHits.get(0).title());
      stories.add(new SearchResult.StoryHits(storyId, title, storyCounts.get(i), bestHits));
    }
    return new SearchResult(
        total,
        pageMatches.stream().map(m -> hits.get(m.key())).toList(),
        storyTotal,
        stories,
        facets);
  }

  /** How far OpenSearch pages with from and size (its default index.max_result_window). */
  private static final int RESULT_WINDOW = 10_000;

  /**
   * The hits of a page, in the order asked for: with from and size, or past the result window by
   * walking to the page with search_after (the order ends with the id, so it is total).
   */
  private List<JsonNode> pageOfHits(ObjectNode kept, SearchRequest request) {
    ObjectNode page = Connection.object();
    page.set("query", kept);
    page.put("track_scores", true);
    page.set("sort", hitOrder(request.sort()));
    page.putArray("_source").add("id").add("story").add("published");
    List<JsonNode> hits = new ArrayList<>();
    if ((long) request.offset() + request.limit() <= RESULT_WINDOW) {
      page.put("from", request.offset());
      page.put("size", request.limit());
      search(indices.articles, page).path("hits").path("hits").forEach(hits::add);
      return hits;
    }
    long skip = request.offset();
    while (hits.size() < request.limit()) {
      page.put("size", PAGE);
      JsonNode found = search(indices.articles, page).path("hits").path("hits");
      for (JsonNode hit : found) {
        if (skip > 0) {
          skip--;
        } else if (hits.size() < request.limit()) {
          hits.add(hit);
        }
      }
      if (found.size() < PAGE) {
        break;
      }
      page.set("search_after", found.get(found.size() - 1).path("sort"));
    }
    return hits;
  }

  /** As many buckets as an aggregation may give: past that, facets are the most frequent. */
  private static final int ALL_BUCKETS = 65_536;

  private static ObjectNode termsAgg(String field, int size, boolean byCount) {
    ObjectNode t = Connection.object();
    t.put("field", field).put("size", size);
    ArrayNode order = t.putArray("order");
    if (byCount) {
      order.addObject().put("_count", "desc");
    }
    order.addObject().put("_key", "asc");
    return t;
  }

  private static Map<String, Long> buckets(JsonNode aggregation) {
    Map<String, Long> counts = new HashMap<>();
    for (JsonNode b : aggregation.path("buckets")) {
      counts.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    return counts;
  }

  private static ObjectNode idValues(Collection<String> ids) {
    ObjectNode q = Connection.object();
    ArrayNode values = q.putArray("values");
    ids.forEach(values::add);
    return q;
  }

  /** The order of {@link SearchAssembly#hitOrder}, as an OpenSearch sort. */
  private static ArrayNode hitOrder(SearchRequest.Sort sort) {
    ArrayNode order = Json.MAPPER.createArrayNode();
    ObjectNode byDate = Connection.object();
    byDate.putObject("published").put("order", "desc").put("missing", "_last");
    ObjectNode byScore = Connection.object().put("_score", "desc");
    if (sort == SearchRequest.Sort.DATE) {
      order.add(byDate).add(byScore);
    } else {
      order.add(byScore).add(byDate);
    }
    order.addObject().put("id", "asc");
    return order;
  }

  /** A hit's small fields as a match; its key, its place among those shown. */
  private static Match match(int key, JsonNode hit) {
    JsonNode s = hit.path("_source");
    return new Match(
        key,
        (float) hit.path("_score").asDouble(),
        s.path("id").asText(),
        s.path("story").asText(),
        "",
        s.hasNonNull("published") ? s.path("published").asLong() : Long.MIN_VALUE,
        List.of(),
        List.of(),
        List.of());
  }

  private static Match withKey(Match m, int key) {
    return new Match(
        key,
        m.score(),
        m.id(),
        m.storyId(),
        m.duplicateOf(),
        m.published(),
        m.sources(),
        m.months(),
        m.entityFacets());
  }

  @Override
  public Set<String> storyIds(SearchRequest request) {
    if (!articlesExist()) {
      return Set.of();
    }
    ObjectNode grouping = Connection.object();
    grouping.put("size", 0);
    grouping.set("query", query(words(request.text()), request));
    grouping
        .putObject("aggs")
        .putObject("stories")
        .set("terms", termsAgg("story", ALL_BUCKETS, false));
    Set<String> ids = new HashSet<>();
    for (JsonNode b :
        search(indices.articles, grouping).path("aggregations").path("stories").path("buckets")) {
      if (!b.path("key").asText().isEmpty()) {
        ids.add(b.path("key").asText());
      }
    }
    return ids;
  }

  /**
   * The words of a request as a query over titles (counting double) and text, AND by default, in
   * the embedded store's query syntax (the same classic Lucene parser); words that are no valid
   * query are searched as plain words.
   */
  private ObjectNode words(String text) {
    if (text.isBlank()) {
      return Connection.object().set("match_all", Connection.object());
    }
    ObjectNode query = queryString(text);
    if (PLAIN_WORDS.matcher(text).matches()) {
      return query; // no syntax to get wrong: no need to ask the cluster
    }
    ObjectNode probe = Connection.object();
    probe.set("query", query);
    Connection.Answer answer =
        os.attempt("POST", "/" + indices.articles + "/_validate/query", Map.of(), probe);
    if (answer.status() == 200 && answer.json().path("valid").asBoolean(false)) {
      return query;
    }
    String plain = text.replaceAll("[^\\p{L}\\p{N}'’\\s]+", " ").toLowerCase(java.util.Locale.ROOT);
    return plain.isBlank()
        ? Connection.object().set("match_none", Connection.object())
        : queryString(plain);
  }

  /** Words only, none of them an operator: valid for the classic query syntax, always. */
  private static final java.util.regex.Pattern PLAIN_WORDS =
      java.util.regex.Pattern.compile("(?!.*\\b(AND|OR|NOT|TO)\\b)[\\p{L}\\p{N}'’\\s]*");

  private static ObjectNode queryString(String text) {
    ObjectNode q = Connection.object();
    ObjectNode qs = q.putObject("query_string");
    qs.put("query", text);
    qs.putArray("fields").add("title^2").add("text");
    qs.put("default_operator", "AND");
    // each field's clauses summed, as Lucene's MultiFieldQueryParser builds them
    qs.put("type", "most_fields");
    return q;
  }

  /** The query of a request: its words and every filter. */
  private ObjectNode query(ObjectNode words, SearchRequest request) {
    ObjectNode q = Connection.object();
    ObjectNode bool = q.putObject("bool");
    bool.putArray("must").add(words);
    ArrayNode filter = bool.putArray("filter");
    filter.add(visible());
    // periods overlap the range: the article's period starts by its end and ends from its start
    if (request.from() != null) {
      filter.add(range("published_last", "gte", request.from().toEpochDay()));
    }
    if (request.to() != null) {
      filter.add(range("published_first", "lte", request.to().toEpochDay()));
    }
    if (!request.languages().isEmpty()) {
      filter.add(Connection.object().set("terms", terms("language", request.languages())));
    }
    if (!request.sources().isEmpty()) {
      filter.add(Connection.object().set("terms", terms("source", request.sources())));
    }
    for (String entity : request.entities()) {
      filter.add(term("entity", SearchAssembly.entityKey(entity)));
    }
    return q;
  }

  private static List<String> strings(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      return List.of(node.asText());
    }
    List<String> values = new ArrayList<>(node.size());
    node.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The hits for {@code shown}: stored article read, text highlighted, by match key. */
  private Map<Integer, SearchHit> hits(
      ObjectNode words, List<Match> shown, Map<Integer, Integer> copies) {
    Map<String, Match> byId = new LinkedHashMap<>();
    shown.forEach(m -> byId.put(m.id(), m));
    ObjectNode search = Connection.object();
    search.put("size", byId.size());
    search.putArray("_source").add("stored").add("story");
    ObjectNode bool = search.putObject("query").putObject("bool");
    bool.putArray("must").add(words);
    bool.putArray("filter").addObject().set("ids", idValues(byId.keySet()));
    ObjectNode highlight = search.putObject("highlight");
    highlight.putArray("pre_tags").add(PlainSnippets.OPEN);
    highlight.putArray("post_tags").add(PlainSnippets.CLOSE);
    ObjectNode text = highlight.putObject("fields").putObject("text");
    text.put("type", "unified");
    text.put("number_of_fragments", 2);
    text.put("fragment_size", 250);
    text.put("boundary_scanner", "sentence");
    text.put("no_match_size", 0);
    text.put("max_analyzer_offset", 100_000);
    JsonNode hits = search(indices.articles, search).path("hits").path("hits");
    Map<Integer, SearchHit> found = new HashMap<>();
    for (JsonNode hit : hits) {
      StoredArticle s = readArticle(hit.path("_source"));
      Match m = byId.get(s.id());
      if (m == null) {
        continue;
      }
      PlainSnippets.Snippet snippet = PlainSnippets.of(strings(hit.path("highlight").path("text")));
      found.put(
          m.key(),
          SearchAssembly.hit(
              s, m, snippet.text(), snippet.highlights(), copies.getOrDefault(m.key(), 0)));
    }
    return found;
  }

  @Override
  public StoreCounts counts() {
    return clusters.counts(articleCount, duplicateCount, lastCommit, languageCounts);
  }

  // ------------------------------------------------------------------ plumbing

  /** The articles this store may show: a reader, only those of committed batches. */
  private ObjectNode visible() {
    return writable
        ? Connection.object().set("match_all", Connection.object())
        : range("batch", "lte", committed);
  }

  private static ObjectNode term(String field, Object value) {
    ObjectNode t = Connection.object();
    ObjectNode inner = t.putObject("term");
    if (value instanceof Boolean b) {
      inner.put(field, b);
    } else if (value instanceof Long l) {
      inner.put(field, l);
    } else {
      inner.put(field, String.valueOf(value));
    }
    return t;
  }

  private static ObjectNode terms(String field, Collection<String> values) {
    ObjectNode t = Connection.object();
    ArrayNode list = t.putArray(field);
    values.forEach(list::add);
    return t;
  }

  private static ObjectNode range(String field, String op, long value) {
    ObjectNode r = Connection.object();
    r.putObject("range").putObject(field).put(op, value);
    return r;
  }

  private JsonNode search(String index, ObjectNode query) {
    return os.call("POST", "/" + index + "/_search", Map.of("ignore_unavailable", "true"), query);
  }

  private void forEachHit(
      String index, ObjectNode query, List<String> sort, java.util.function.Consumer<JsonNode> f) {
    forEachHit(index, query, sort, null, f);
  }

  /**
   * Every hit of {@code query}, page by page in {@code sort} order (its last key unique), reading
   * only {@code fields} of each when given.
   */
  private void forEachHit(
      String index,
      ObjectNode query,
      List<String> sort,
      List<String> fields,
      java.util.function.Consumer<JsonNode> f) {
    ObjectNode page = query.deepCopy();
    page.put("size", PAGE);
    ArrayNode order = page.putArray("sort");
    for (String key : sort) {
      order.addObject().put(key, key.equals("_score") ? "desc" : "asc");
    }
    if (fields != null && fields.isEmpty()) {
      page.put("_source", false);
    } else if (fields != null) {
      ArrayNode source = page.putArray("_source");
      fields.forEach(source::add);
    }
    while (true) {
      JsonNode hits = search(index, page).path("hits").path("hits");
      hits.forEach(f);
      if (hits.size() < PAGE) {
        return;
      }
      page.set("search_after", hits.get(hits.size() - 1).path("sort"));
    }
  }

  private static ObjectNode action(String verb, String index, String id) {
    ObjectNode a = Connection.object();
    a.putObject(verb).put("_index", index).put("_id", id);
    return a;
  }

  private static void appendLine(ByteArrayOutputStream out, JsonNode json) {
    out.writeBytes(Json.write(json));
    out.write('\n');
  }

  private void requireWritable() {
    if (!writable) {
      throw new IllegalStateException("store opened for reading only");
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // already failing: the first error is the one to report
    }
  }

  /**
   * Closes without committing: what was not committed is dropped, as after a crash (articles
   * already sent are removed by the next writer, or here when the cluster answers).
   */
  @Override
  public void close() throws IOException {
    try {
      if (writable && turn) {
        bulk.reset();
        try {
          unlock();
        } catch (StoreException e) {
          // the next writer of this machine takes a lock whose process has gone
        }
      }
    } finally {
      os.close();
    }
  }

  // ------------------------------------------------------------------ everything, for an export
  // (Store's forEachArticle, eventsAsCreated, storiesAsCreated and states; see Migration)

  @Override
  public void forEachArticle(java.util.function.Consumer<StoredArticle> each) {
    if (exists(indices.articles)) {
      ObjectNode query = Connection.object();
      ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
      filter.add(visible());
      // a writer's articles since its last refresh are its pending ones, the last seq numbers:
      // searched, they might or might not be found yet, so they are all taken from pending
      filter.add(range("seq", "lte", seq - pending.size()));
      forEachHit(
          indices.articles,
          query,
          List.of("seq"),
          List.of("stored", "story"),
          hit -> each.accept(readArticle(hit.path("_source"))));
    }
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
    if (exists(indices.clusters)) {
      ObjectNode query = Connection.object();
      query.set("query", term("kind", STATE));
      forEachHit(
          indices.clusters,
          query,
          List.of("id"),
          List.of("id", "json"),
          hit -> {
            JsonNode source = hit.path("_source");
            all.put(
                source.path("id").asText().substring(STATE.length() + 1),
                Base64.getDecoder().decode(source.path("json").asText()));
          });
    }
    // what this process put or read since: the latest (a writer's are not committed yet)
    states.forEach((name, value) -> all.put(name, value.clone()));
    return all;
  }
}
