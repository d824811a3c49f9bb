package org.trame;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.claim.Claim;
import org.trame.claim.ClaimBuilder;
import org.trame.claim.StoryClaims;
import org.trame.claim.Supersession;
import org.trame.clean.Languages;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.ingest.ArticleSink;
import org.trame.ingest.FetchPolicy;
import org.trame.ingest.InputFile;
import org.trame.ingest.Inputs;
import org.trame.internal.InputPrefix;
import org.trame.internal.PlacingQueue;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.StoryPage;
import org.trame.search.StoryQuery;
import org.trame.store.Store;
import org.trame.store.StoreCounts;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Event;
import org.trame.story.Story;
import org.trame.story.StoryAssigner;
import org.trame.story.StoryEngine;
import org.trame.timeline.StoryTimeline;
import org.trame.timeline.TimelineBuilder;
import org.trame.timeline.TimelineEntry;

/**
 * trame's one entry point: open a data directory, ingest articles, read back stories, their
 * timelines, articles, and search.
 *
 * <pre>{@code
 * try (Trame trame = Trame.open(Path.of("data"))) {
 *   trame.ingest(List.of(Path.of("articles/")), IngestListener.NONE);
 *   trame.stories().forEach(s -> System.out.println(s.title()));
 * }
 * }</pre>
 */
public final class Trame implements Closeable {

  /**
   * Stored articles are committed in batches of this many by default: a crash loses at most one
   * batch, and each commit costs a sync to disk.
   */
  public static final int COMMIT_EVERY = 1000;

  /**
   * How far the pipeline sees ahead of the article it processes, in articles and in characters:
   * what a source repeats is learned from the articles around each one, the first included.
   */
  private static final int LOOK_AHEAD = 200;

  private static final long LOOK_AHEAD_CHARS = 32_000_000;

  /**
   * Articles are cleaned and analysed this many at a time, in parallel, while the block before is
   * placed; a fixed size, so that every article is cleaned after the same observations whatever the
   * number of workers.
   */
  private static final int BLOCK = 64;

  /**
   * Articles are placed earliest published first among those read ahead; none waits once this many
   * have been read after it, so an article placed means every article read more than this many
   * before it is placed too.
   */
  public static final int PLACING_WINDOW = LOOK_AHEAD + BLOCK;

  /** One worker per core, up to 4: past that the placing, one article at a time, is the bound. */
  public static final int DEFAULT_WORKERS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final Store store;
  private Pipeline pipeline;
  private final Function<Store, StoryAssigner> storyAssigner;
  private final int commitEvery;
  private final int workers;
  private ExecutorService preparing;
  private final TimelineBuilder timelines = new StoryTimeline();
  private final ClaimBuilder claims = new StoryClaims();

  /**
   * Settings of an ingest.
   *
   * @param nearDuplicateThreshold estimated resemblance (in (0, 1]) from which an article is linked
   *     as a copy of an earlier one
   * @param languages those trame processes; articles in others are stored, marked as not supported
   * @param commitEvery new articles in a batch: each batch is committed (made durable) at once
   * @param workers threads that clean and analyse articles at once (the work that needs no other
   *     article); what is stored does not depend on how many
   */
  public record Options(
      double nearDuplicateThreshold,
      Languages languages,
      Function<Store, StoryAssigner> storyAssigner,
      int commitEvery,
      int workers) {

    public Options {
      if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
        throw new IllegalArgumentException(
            "the near-duplicate threshold must be in (0, 1], not " + nearDuplicateThreshold);
      }
      Objects.requireNonNull(languages, "languages");
      Objects.requireNonNull(storyAssigner, "storyAssigner");
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commit every 1 article or more, not " + commitEvery);
      }
      if (workers < 1) {
        throw new IllegalArgumentException("1 worker or more, not " + workers);
      }
    }

    public Options(
        double nearDuplicateThreshold,
        Languages languages,
        Function<Store, StoryAssigner> storyAssigner,
        int commitEvery) {
      this(nearDuplicateThreshold, languages, storyAssigner, commitEvery, DEFAULT_WORKERS);
    }

    public Options(
        double nearDuplicateThreshold,
        Languages languages,
        Function<Store, StoryAssigner> storyAssigner) {
      this(nearDuplicateThreshold, languages, storyAssigner, COMMIT_EVERY, DEFAULT_WORKERS);
    }

    public Options(double nearDuplicateThreshold, Languages languages) {
      this(nearDuplicateThreshold, languages, StoryEngine::standard);
    }

    public static Options defaults() {
      return new Options(NearDuplicateFinder.DEFAULT_THRESHOLD, Languages.DEFAULT);
    }

    public Options withNearDuplicateThreshold(double threshold) {
      return new Options(threshold, languages, storyAssigner, commitEvery, workers);
    }

    public Options withLanguages(Languages configured) {
      return new Options(nearDuplicateThreshold, configured, storyAssigner, commitEvery, workers);
    }

    /** The cluster stage, made over the store (the learned {@link StoryEngine} by default). */
    public Options withStoryAssigner(Function<Store, StoryAssigner> assigner) {
      return new Options(nearDuplicateThreshold, languages, assigner, commitEvery, workers);
    }

    /** Commits every {@code articles} new articles rather than every {@value #COMMIT_EVERY}. */
    public Options withCommitEvery(int articles) {
      return new Options(nearDuplicateThreshold, languages, storyAssigner, articles, workers);
    }

    /** Cleans and analyses with {@code threads} threads rather than one per core (at most 4). */
    public Options withWorkers(int threads) {
      return new Options(nearDuplicateThreshold, languages, storyAssigner, commitEvery, threads);
    }
  }

  private Trame(Store store, Clock clock, Options options) {
    this.store = store;
    this.commitEvery = options.commitEvery();
    this.workers = options.workers();
    this.storyAssigner = options.storyAssigner();
    this.pipeline =
        store.writable()
            ? Pipeline.standard(
                store,
                clock,
                options.languages(),
                options.nearDuplicateThreshold(),
                options.storyAssigner().apply(store))
            : null;
  }

  /**
   * Opens (creating if needed) the data directory for ingesting and reading, French and English.
   */
  public static Trame open(Path dataDir) {
    return open(dataDir, Options.defaults());
  }

  /**
   * Opens (creating if needed) the data directory for ingesting articles in {@code languages} and
   * reading. Articles in other languages are stored too, marked as not supported.
   */
  public static Trame open(Path dataDir, Languages languages) {
    return open(dataDir, Options.defaults().withLanguages(languages));
  }

  /** Opens (creating if needed) the data directory for ingesting with these settings. */
  public static Trame open(Path dataDir, Options options) {
    return new Trame(LuceneStore.openForWriting(dataDir), Clock.systemUTC(), options);
  }

  /**
   * Opens the data directory for reading only; any number of readers may run beside a writer. A
   * reader shows the store as it was committed when opened (see {@link #upToDate()}), and may be
   * read from several threads at once.
   */
  public static Trame openReadOnly(Path dataDir) {
    return new Trame(LuceneStore.openForReading(dataDir), Clock.systemUTC(), Options.defaults());
  }

  /** Over a store of the caller's, with a clock of the caller's (tests, other backends). */
  public static Trame over(Store store, Clock clock) {
    return new Trame(store, clock, Options.defaults());
  }

  /** Over a store of the caller's, with a clock and settings of the caller's. */
  public static Trame over(Store store, Clock clock, Options options) {
    return new Trame(store, clock, options);
  }

  /**
   * Places every article stored in {@code dataDir} again, in publication-date order, and reports
   * the merges and splits; no other process may be writing to it. See {@link Recluster}.
   */
  public static Recluster.Report recluster(
      Path dataDir, Options options, Recluster.Progress progress) {
    return Recluster.run(dataDir, options, progress);
  }

  /** Ingests the files and folders at {@code paths}; bad inputs are reported, never fatal. */
  public IngestReport ingest(List<Path> paths, IngestListener listener) {
    Batch batch = new Batch(listener);
    Inputs inputs = new Inputs();
    List<InputFile> files = inputs.list(paths, batch);
    inputs.read(files, batch, (done, total) -> listener.progress(done, total, batch.stored));
    return batch.finish();
  }

  /**
   * Ingests files, folders and URLs ({@code http://}, {@code https://}: feeds, pages, crawls
   * fetched within {@code fetching}), in the order given; bad inputs are reported, never fatal.
   */
  public IngestReport ingest(
      List<String> locations, FetchPolicy fetching, IngestListener listener) {
    Batch batch = new Batch(listener);
    Inputs inputs = new Inputs();
    for (String location : locations) {
      if (isUrl(location)) {
        inputs.fetch(location, fetching, batch);
      } else if (location.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
        batch.reject(location, "only http and https URLs are fetched");
      } else {
        List<InputFile> files = inputs.list(List.of(Path.of(location)), batch);
        inputs.read(files, batch, (done, total) -> listener.progress(done, total, batch.stored));
      }
    }
    return batch.finish();
  }

  /** Whether ingest takes {@code location} for a URL rather than a path. */
  public static boolean isUrl(String location) {
    return location.regionMatches(true, 0, "http://", 0, 7)
        || location.regionMatches(true, 0, "https://", 0, 8);
  }

  /** Ingests articles already read (evaluation, benchmarks, an API). */
  public IngestReport ingest(Iterable<RawArticle> articles, IngestListener listener) {
    Batch batch = new Batch(listener);
    for (RawArticle article : articles) {
      batch.accept(article);
    }
    return batch.finish();
  }

  /**
   * Ingests what {@code reading} puts into the sink it is given (a watcher's poll of its sources),
   * and puts the states {@code keptWithLastCommit} gives into the store in the same commit as the
   * last of those articles: what a caller keeps about its reading (validators of a feed, files of a
   * folder already read) is durable exactly when the articles it describes are, never before.
   * Called after the reading and the pipeline are done, so it may depend on both.
   */
  public IngestReport ingest(
      java.util.function.Consumer<ArticleSink> reading,
      IngestListener listener,
      java.util.function.Supplier<Map<String, byte[]>> keptWithLastCommit) {
    Batch batch = new Batch(listener);
    reading.accept(batch);
    batch.drain();
    return batch.finish(keptWithLastCommit.get());
  }

  /** Whether an article with this id is stored (by this writer too, before its commit). */
  public boolean holds(String articleId) {
    return store.article(articleId).isPresent();
  }

  /**
   * What a caller of {@link #ingest(java.util.function.Consumer, IngestListener,
   * java.util.function.Supplier)} kept under {@code name}, as of the last commit (or this writer's
   * own puts).
   */
  public Optional<byte[]> keptState(String name) {
    return store.state(name);
  }

  /**
   * Runs each article through the pipeline, a little behind the reading so that the pipeline can
   * look ahead ({@link Pipeline#observe}), and commits in batches. Articles go through in blocks:
   * while one block is placed, one article at a time, the next is cleaned and analysed by the
   * workers; nothing is observed meanwhile, so what is stored does not depend on the number of
   * workers. Each block takes the earliest published of the articles read ahead ({@link
   * PlacingQueue}), so that within that window the engine meets a story forward in time whatever
   * the input order; a commit acknowledges the input prefix placed whole ({@link InputPrefix}).
   */
  private final class Batch implements ArticleSink {
    private final IngestListener listener;
    private final PlacingQueue ahead = new PlacingQueue(PLACING_WINDOW);
    private final InputPrefix placed = new InputPrefix();
    private List<Future<Ready>> prepared = List.of();
    private final List<IngestReport.Rejection> rejected = new ArrayList<>();
    private long stored;
    private long duplicates;
    private long unchanged;
    private long uncommitted;
    private final java.time.Instant started = java.time.Instant.now();
    private final Map<String, Long> rejectedByKind = new HashMap<>();
    private long storedAtLastCommit;

    Batch(IngestListener listener) {
      if (pipeline == null) {
        throw new IllegalStateException("opened for reading only");
      }
      this.listener = listener;
    }

    /**
     * Commits, with the record of this ingest so far in the same commit, then tells the listener:
     * what it hears has been made durable.
     */
    private void commit(boolean finished) {
      LastIngest record =
          new LastIngest(
              started,
              java.time.Instant.now(),
              finished,
              stored,
              duplicates,
              unchanged,
              rejectedByKind);
      store.putState(LastIngest.STATE, org.trame.internal.Json.write(record));
      pipeline.commit();
      uncommitted = 0;
      if (stored > storedAtLastCommit) {
        storedAtLastCommit = stored;
        listener.committed(stored, placed.lastStored());
      }
    }

    @Override
    public void accept(RawArticle article) {
      pipeline.observe(article);
      ahead.add(article);
      while (ahead.size() >= LOOK_AHEAD + BLOCK || ahead.chars() > LOOK_AHEAD_CHARS) {
        advance(false);
      }
    }

    /**
     * Starts preparing the next block, places the block prepared before it meanwhile, and returns
     * once the next one is prepared: the reading observes again only then.
     */
    private void advance(boolean draining) {
      List<PlacingQueue.Waiting> block = new ArrayList<>(BLOCK);
      while (!ahead.isEmpty()
          && block.size() < BLOCK
          && (draining || ahead.size() > LOOK_AHEAD || ahead.chars() > LOOK_AHEAD_CHARS)) {
        block.add(ahead.poll());
      }
      List<Future<Ready>> next = new ArrayList<>(block.size());
      // its cleaner and analyser, which a pipeline built again for a turn keeps
      Pipeline preparer = pipeline;
      // asked here, on this thread, all at once: the store is used by the thread that places only
      Set<String> stored = new HashSet<>();
      store
          .articles(block.stream().map(w -> w.article().id()).toList())
          .forEach(a -> stored.add(a.id()));
      for (PlacingQueue.Waiting article : block) {
        boolean known = stored.contains(article.article().id());
        if (workers == 1) {
          next.add(CompletableFuture.completedFuture(prepare(preparer, article, known)));
        } else {
          next.add(preparing().submit(() -> prepare(preparer, article, known)));
        }
      }
      List<Future<Ready>> current = prepared;
      prepared = next;
      try {
        placeBlock(current);
      } finally {
        next.forEach(Trame::await);
      }
    }

    /** Places a prepared block; in a turn, and committed, when writers share the store. */
    private void placeBlock(List<Future<Ready>> block) {
      if (block.isEmpty()) {
        return;
      }
      inTurn(() -> {
        place(block);
        if (store.takesTurns()) {
          commit(false);
        }
      });
    }

    /**
     * Runs {@code work} in this writer's turn when the store is shared with other writers (the
     * pipeline built again if another committed since its last turn), else at once.
     */
    private void inTurn(Runnable work) {
      if (!store.takesTurns()) {
        work.run();
        return;
      }
      if (store.takeTurn()) {
        pipeline = pipeline.reopened(storyAssigner.apply(store));
      }
      try {
        work.run();
      } finally {
        store.endTurn();
      }
    }

    private static Ready prepare(Pipeline preparer, PlacingQueue.Waiting waiting, boolean known) {
      RawArticle article = waiting.article();
      try {
        return new Ready(article, waiting.arrival(), preparer.prepare(article, known), null);
      } catch (RuntimeException e) {
        return new Ready(article, waiting.arrival(), null, e);
      }
    }

    private void place(List<Future<Ready>> block) {
      for (Future<Ready> f : block) {
        place(await(f));
      }
    }

    private void place(Ready ready) {
      String storedId = placeOne(ready);
      placed.done(ready.arrival(), storedId);
      if (storedId != null && ++uncommitted >= commitEvery) {
        commit(false);
      }
    }

    /** Places one article: its id when it was stored (a copy included), else null. */
    private String placeOne(Ready ready) {
      RawArticle article = ready.raw();
      if (ready.failure() != null) {
        reject(article.origin(), "could not be processed: " + ready.failure());
        return null;
      }
      Pipeline.Outcome outcome;
      try {
        outcome = pipeline.place(ready.prepared());
      } catch (Pipeline.ConflictingIdException e) {
        reject(article.origin(), e.getMessage());
        return null;
      } catch (RuntimeException e) {
        if (e instanceof org.trame.store.StoreException) {
          throw e;
        }
        reject(article.origin(), "could not be processed: " + e);
        return null;
      }
      switch (outcome) {
        case STORED -> stored++;
        case DUPLICATE -> {
          stored++;
          duplicates++;
        }
        case UNCHANGED -> unchanged++;
      }
      return outcome == Pipeline.Outcome.UNCHANGED ? null : article.id();
    }

    @Override
    public void reject(String origin, String problem) {
      IngestReport.Rejection r = new IngestReport.Rejection(origin, problem);
      rejected.add(r);
      rejectedByKind.merge(r.kind(), 1L, Long::sum);
      listener.rejected(r);
    }

    void drain() {
      while (!ahead.isEmpty()) {
        advance(true);
      }
      List<Future<Ready>> last = prepared;
      prepared = List.of();
      placeBlock(last);
    }

    IngestReport finish() {
      return finish(Map.of());
    }

    /** Ends the ingest with one last commit, which carries the {@code kept} states too. */
    IngestReport finish(Map<String, byte[]> kept) {
      drain();
      inTurn(() -> {
        kept.forEach(store::putState);
        commit(true);
      });
      return new IngestReport(stored, duplicates, unchanged, rejected);
    }
  }

  /** A raw article and what preparing it gave: the prepared article, or why it failed. */
  private record Ready(
      RawArticle raw, long arrival, Pipeline.Prepared prepared, RuntimeException failure) {}

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while articles were being prepared", e);
    } catch (ExecutionException e) {
      // a task catches what a bad article can throw; what is left is the JVM's (out of memory)
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The workers' threads, made at the first ingest that needs them. */
  private synchronized ExecutorService preparing() {
    if (preparing == null) {
      AtomicInteger made = new AtomicInteger();
      preparing =
          Executors.newFixedThreadPool(
              workers,
              task -> {
                Thread t = new Thread(task, "trame-prepare-" + made.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    }
    return preparing;
  }

  /** What the last {@link #recluster} of this store changed, if it was ever reclustered. */
  public Optional<Recluster.Report> lastRecluster() {
    return store.state(Recluster.REPORT_STATE).map(Recluster.Report::fromJson);
  }

  /** All stories, most recently active first. */
  public List<Story> stories() {
    return store.stories();
  }

  /**
   * The stories that pass {@code query}'s filters, in its order, one page of them: see {@link
   * StoryQuery}. Words, entities, sources and languages are asked of the index (one search, and one
   * more per entity); the date range and the order are the stories' own.
   */
  public StoryPage stories(StoryQuery query) {
    Set<String> matching = query.byArticles() ? storiesWithArticles(query) : null;
    List<Story> listed = new ArrayList<>();
    for (Story s : store.stories()) {
      if ((matching == null || matching.contains(s.id())) && active(s, query)) {
        listed.add(s);
      }
    }
    switch (query.sort()) {
      case ACTIVITY -> {} // the store's own order
      case DATE ->
          listed.sort(
              Comparator.comparing(
                      (Story s) -> s.first() == null ? LocalDate.MIN : s.first().date(),
                      Comparator.reverseOrder())
                  .thenComparing(Story::id));
      case SIZE ->
          // stable: equal sizes keep the order of activity
          listed.sort(Comparator.comparingInt((Story s) -> s.articleIds().size()).reversed());
    }
    int from = Math.min(listed.size(), query.offset());
    int to = Math.min(listed.size(), from + query.limit());
    return new StoryPage(query, listed.size(), listed.subList(from, to));
  }

  /** Stories with an article that matches the words, and for each entity one that names it. */
  private Set<String> storiesWithArticles(StoryQuery query) {
    Set<String> ids = null;
    if (!query.text().isEmpty() || !query.sources().isEmpty() || !query.languages().isEmpty()) {
      ids = new HashSet<>(store.storyIds(articles(query, query.text(), Set.of())));
    }
    for (String entity : query.entities()) {
      if (ids != null && ids.isEmpty()) {
        break;
      }
      Set<String> naming = store.storyIds(articles(query, "", Set.of(entity)));
      if (ids == null) {
        ids = new HashSet<>(naming);
      } else {
        ids.retainAll(naming);
      }
    }
    return ids;
  }

  private static SearchRequest articles(StoryQuery query, String text, Set<String> entities) {
    return new SearchRequest(
        text,
        null,
        null,
        query.languages(),
        query.sources(),
        entities,
        SearchRequest.Sort.RELEVANCE,
        false,
        1,
        0);
  }

  /** Whether the story's span overlaps the query's range; undated stories match no range. */
  private static boolean active(Story s, StoryQuery query) {
    if (query.from() == null && query.to() == null) {
      return true;
    }
    if (s.first() == null || s.last() == null) {
      return false;
    }
    return (query.from() == null || !s.last().lastDay().isBefore(query.from()))
        && (query.to() == null || !s.first().date().isAfter(query.to()));
  }

  public Optional<Event> event(String id) {
    return store.event(id);
  }

  /**
   * A story with its events, articles and timeline; with {@code asOf}, only what was published by
   * that day (undated articles are left out: nobody can say they were known then).
   */
  public Optional<StoryView> story(String id, LocalDate asOf) {
    return story(id, asOf, StoryTimeline.DEFAULT_BUDGET);
  }

  /**
   * As {@link #story(String, LocalDate)}, its timeline summarized to the {@code timelineSize} most
   * important dates (0 or less: every date).
   */
  public Optional<StoryView> story(String id, LocalDate asOf, int timelineSize) {
    return view(id, asOf, timelineSize, true);
  }

  /**
   * A story with its events and articles but no timeline and no claims (both empty): what a list of
   * stories shows, without the cost of building them.
   */
  public Optional<StoryView> storySummary(String id) {
    return view(id, null, 0, false);
  }

  /**
   * The story as stored: one merged into another ({@link Story#merged}) is given as it is, with the
   * story it went to, where the views follow it to that story.
   */
  public Optional<Story> storyAsStored(String id) {
    return store.story(id);
  }

  private Optional<StoryView> view(
      String id, LocalDate asOf, int timelineSize, boolean withTimeline) {
    Optional<Story> found = store.story(id);
    // a merged story's view is the view of the story that took its articles
    for (int hops = 0; found.isPresent() && found.get().merged() && hops < 1000; hops++) {
      found = store.story(found.get().mergedInto());
    }
    if (found.isEmpty() || found.get().merged()) {
      return Optional.empty();
    }
    Story story = found.get();
    Map<String, StoredArticle> visible = new HashMap<>();
    for (StoredArticle a : store.articles(story.articleIds())) {
      PublishedDate d = a.article().published();
      if (asOf == null || (d != null && d.knownBy(asOf))) {
        visible.put(a.id(), a);
      }
    }
    List<Event> events = new ArrayList<>();
    for (String eventId : story.eventIds()) {
      store.event(eventId).map(e -> restrict(e, visible)).ifPresent(events::add);
    }
    events.sort(
        Comparator.comparing((Event e) -> e.first() == null ? LocalDate.MAX : e.first().date())
            .thenComparing(Event::id));
    List<StoredArticle> articles = new ArrayList<>(visible.values());
    articles.sort(
        Comparator.comparing((StoredArticle a) ->
                a.article().published() == null ? LocalDate.MAX : a.article().published().date())
            .thenComparing(StoredArticle::id));
    List<String> ids = articles.stream().map(StoredArticle::id).toList();
    Story shown =
        new Story(
            story.id(),
            story.title(),
            events.stream().map(Event::id).toList(),
            ids,
            events.stream()
                .map(Event::first)
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(null),
            lastOf(events));
    if (!withTimeline) {
      return Optional.of(new StoryView(shown, asOf, events, articles, List.of(), List.of()));
    }
    List<Claim> told = claims.build(articles);
    List<TimelineEntry> timeline =
        Supersession.mark(timelines.build(events, visible, timelineSize), told);
    return Optional.of(new StoryView(shown, asOf, events, articles, timeline, told));
  }

  private static Event restrict(Event e, Map<String, StoredArticle> visible) {
    List<String> ids = e.articleIds().stream().filter(visible::containsKey).toList();
    if (ids.isEmpty()) {
      return null;
    }
    PublishedDate first = null;
    PublishedDate last = null;
    for (String id : ids) {
      PublishedDate d = visible.get(id).article().published();
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.lastDay().isAfter(last.lastDay()) ? d : last;
      }
    }
    return new Event(e.id(), e.storyId(), e.title(), ids, first, last);
  }

  private static PublishedDate lastOf(List<Event> events) {
    PublishedDate last = null;
    for (Event e : events) {
      if (e.last() != null && (last == null || e.last().lastDay().isAfter(last.lastDay()))) {
        last = e.last();
      }
    }
    return last;
  }

  public Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  /** The articles linked as copies (exact or near) of the original {@code id}. */
  public List<StoredArticle> copiesOf(String id) {
    return store.copiesOf(id);
  }

  public List<SearchHit> search(String query, int limit) {
    return store.search(query, limit);
  }

  /** Searches with filters, facets and grouping: see {@link SearchRequest}. */
  public SearchResult search(SearchRequest request) {
    return store.search(request);
  }

  public StoreCounts status() {
    return store.counts();
  }

  /** What the latest ingest did, as of its latest commit; empty for a store never ingested into. */
  public Optional<LastIngest> lastIngest() {
    return store
        .state(LastIngest.STATE)
        .map(bytes -> org.trame.internal.Json.read(bytes, LastIngest.class));
  }

  /**
   * Whether this shows everything committed to its data directory: false for a reader once an
   * ingest has committed since it was opened. Cheap: opening a new reader is what costs.
   */
  public boolean upToDate() {
    return store.upToDate();
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (preparing != null) {
        preparing.shutdownNow();
      }
    }
    store.close();
  }
}
