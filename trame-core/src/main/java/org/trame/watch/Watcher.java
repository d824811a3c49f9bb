package org.trame.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.RawArticle;
import org.trame.ingest.ArticleSink;
import org.trame.ingest.FetchOutcome;
import org.trame.ingest.FetchPolicy;
import org.trame.ingest.InputFile;
import org.trame.ingest.Inputs;
import org.trame.watch.WatchConfig.Feed;
import org.trame.watch.WatchConfig.Folder;
import org.trame.watch.WatchConfig.Source;

/**
 * Polls the feeds and folders of a {@link WatchConfig} and ingests what is new through the writer's
 * normal pipeline.
 *
 * <p>Each round (the sources due at one moment) is one ingest: its articles are committed in
 * batches as any ingest's, and the state of its sources (feed validators, folder files read,
 * failures, next poll) goes into the round's last commit, with its last articles. A process killed
 * in a round therefore finds, on its next run, the state from before the round and re-reads what
 * the round read; articles already stored are skipped by id before anything else is done with them
 * (a page is not fetched again), so nothing is stored twice.
 *
 * <p>A feed is fetched conditionally ({@code If-None-Match}, {@code If-Modified-Since}): a 304
 * costs one request. A failing source waits longer after each failure (its interval doubled each
 * time, at most {@link #MAX_BACKOFF}), and at least as long as a 429 or 503's {@code Retry-After}
 * asks; the others go on. Requests to one host are spaced by the politeness delay.
 */
public final class Watcher {

  /** The longest a failing source is left before it is tried again. */
  public static final Duration MAX_BACKOFF = Duration.ofHours(6);

  /** The longest {@code Retry-After} honoured: a server asking for more is tried again then. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  /** How one source's poll went. */
  public enum Outcome {
    /** Read: new articles, or none, were found in it. */
    READ,
    /** A feed that answered 304: nothing new, nothing read. */
    NOT_MODIFIED,
    FAILED,
    /** Not polled: it failed lately and is left alone until its next poll. */
    BACKING_OFF,
    /**
     * Cut short by {@link #stop()}: what it gave so far is stored, its state is left as it was, so
     * the next poll reads it whole again.
     */
    STOPPED
  }

  /**
   * One source's poll.
   *
   * @param added new articles passed to the pipeline from it
   * @param skipped articles it offered that were already stored
   * @param problem why it failed, or null
   * @param nextPoll when it is due again
   */
  public record Poll(
      String source, Outcome outcome, long added, long skipped, String problem, Instant nextPoll) {}

  /**
   * A round: the sources polled, and the ingest of what they gave.
   *
   * @param skipped articles found already stored before they reached the pipeline
   */
  public record Round(List<Poll> polls, IngestReport report, long skipped) {
    static final Round NONE = new Round(List.of(), new IngestReport(0, 0, 0, List.of()), 0);

    public boolean failed() {
      return polls.stream().anyMatch(p -> p.outcome() == Outcome.FAILED);
    }
  }

  /** Hears of each poll as it ends, and of notes worth a line. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void polled(Poll poll) {}

    default void note(String message) {}
  }

  private final Trame trame;
  private final WatchConfig config;
  private final FetchPolicy fetching;
  private final Clock clock;
  private final IngestListener ingestListener;
  private final Listener listener;
  private final Inputs inputs = new Inputs();
  private final Politeness politeness;

  /**
   * Set by {@link #stop()}. A flag rather than an interrupt: an interrupt reaching Lucene while it
   * syncs a commit would close its files under it.
   */
  private volatile boolean stopping;

  public Watcher(
      Trame trame,
      WatchConfig config,
      FetchPolicy fetching,
      Clock clock,
      IngestListener ingestListener,
      Listener listener) {
    this.trame = trame;
    this.config = config;
    this.fetching = fetching;
    this.clock = clock;
    this.ingestListener = ingestListener;
    this.listener = listener;
    this.politeness = new Politeness(config.perHostDelay());
  }

  /**
   * Polls every source once, whatever its interval (for {@code --once}: cron decides when), but
   * leaves a source that is backing off after failures alone until its time comes.
   */
  public Round pollAll() {
    Instant now = clock.instant();
    WatchState state = state();
    List<Source> due = new ArrayList<>();
    List<Poll> waiting = new ArrayList<>();
    for (Source s : config.sources()) {
      SourceState st = state.sources().get(s.key());
      if (st != null
          && st.consecutiveFailures() > 0
          && st.nextPoll() != null
          && st.nextPoll().isAfter(now)) {
        Poll p = new Poll(s.key(), Outcome.BACKING_OFF, 0, 0, st.lastError(), st.nextPoll());
        listener.polled(p);
        waiting.add(p);
      } else {
        due.add(s);
      }
    }
    Round round = round(due);
    List<Poll> polls = new ArrayList<>(waiting);
    polls.addAll(round.polls());
    return new Round(polls, round.report(), round.skipped());
  }

  /** Polls the sources whose time has come (never polled, or their next poll reached). */
  public Round pollDue() {
    Instant now = clock.instant();
    WatchState state = state();
    List<Source> due =
        config.sources().stream()
            .filter(s -> {
              SourceState st = state.sources().get(s.key());
              return st == null || st.nextPoll() == null || !st.nextPoll().isAfter(now);
            })
            .toList();
    return due.isEmpty() ? Round.NONE : round(due);
  }

  /** How long until the next source is due (zero when one is due now). */
  public Duration untilNextPoll() {
    Instant now = clock.instant();
    WatchState state = state();
    Duration least = null;
    for (Source s : config.sources()) {
      SourceState st = state.sources().get(s.key());
      Duration d =
          st == null || st.nextPoll() == null || !st.nextPoll().isAfter(now)
              ? Duration.ZERO
              : Duration.between(now, st.nextPoll());
      least = least == null || d.compareTo(least) < 0 ? d : least;
    }
    return least == null ? config.interval() : least;
  }

  /**
   * Polls as sources come due until {@link #stop()}; the source being read when it comes is cut
   * short, and what was read is committed. Store failures (disk full, read-only) end it with their
   * exception.
   */
  public void run() {
    while (!stopping) {
      pollDue();
      pause(untilNextPoll());
    }
  }

  /** Waits up to {@code wait}, or less once stopped. */
  public void pause(Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    while (!stopping && System.nanoTime() < until) {
      try {
        Thread.sleep(Math.max(1, Math.min(200, (until - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Asks {@link #run()} (from another thread) to end after the article under way. */
  public void stop() {
    stopping = true;
  }

  private WatchState state() {
    return WatchState.of(trame).orElse(new WatchState(Map.of()));
  }

  private Round round(List<Source> due) {
    Map<String, SourceState> states = new TreeMap<>(state().sources());
    List<Poll> polls = new ArrayList<>();
    long[] skipped = {0};
    IngestReport report =
        trame.ingest(
            sink -> {
              for (Source source : due) {
                if (stopping) {
                  break;
                }
                Poll poll =
                    switch (source) {
                      case Feed feed -> poll(feed, states, sink);
                      case Folder folder -> poll(folder, states, sink);
                    };
                skipped[0] += poll.skipped();
                polls.add(poll);
                listener.polled(poll);
              }
            },
            ingestListener,
            () -> Map.of(WatchState.STATE, new WatchState(states).bytes()));
    return new Round(polls, report, skipped[0]);
  }

  private Poll poll(Feed feed, Map<String, SourceState> states, ArticleSink sink) {
    SourceState st = states.getOrDefault(feed.key(), SourceState.fresh("feed"));
    Instant now = clock.instant();
    Counting counting = new Counting(sink, feed.fetchPages());
    FetchOutcome outcome;
    try {
      politeness.await(URI.create(feed.url()).getHost());
      outcome = inputs.fetchIfChanged(feed.url(), fetching, st.etag(), st.lastModified(), counting);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stopped(feed, counting);
    }
    if (counting.cut) {
      return stopped(feed, counting);
    }
    if (outcome.kind() == FetchOutcome.Kind.FAILED) {
      return failed(feed, st, states, now, outcome.problem(), outcome.retryAfter());
    }
    if (counting.unreadable()) {
      // the body was no feed at all (an error page, say): a failure, and its validators unkept
      return failed(feed, st, states, now, counting.firstProblem, null);
    }
    boolean read = outcome.kind() == FetchOutcome.Kind.READ;
    Instant next = now.plus(feed.interval());
    states.put(
        feed.key(),
        new SourceState(
            "feed",
            now,
            now,
            st.articlesAdded() + counting.added,
            0,
            next,
            null,
            read ? outcome.etag() : st.etag(),
            read ? outcome.lastModified() : st.lastModified(),
            Map.of()));
    return new Poll(
        feed.key(),
        read ? Outcome.READ : Outcome.NOT_MODIFIED,
        counting.added,
        counting.skipped,
        null,
        next);
  }

  private Poll poll(Folder folder, Map<String, SourceState> states, ArticleSink sink) {
    SourceState st = states.getOrDefault(folder.key(), SourceState.fresh("folder"));
    Instant now = clock.instant();
    Map<String, String> files = new TreeMap<>(st.files());
    List<InputFile> toRead = new ArrayList<>();
    Map<String, String> seen = new TreeMap<>();
    int unsettled = 0;
    Path root = folder.folder();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = root.relativize(p);
        if (hidden(relative)) {
          continue;
        }
        String id = relative.toString().replace('\\', '/');
        BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
        Instant modified = attributes.lastModifiedTime().toInstant();
        String signature = attributes.size() + ":" + modified.toEpochMilli();
        if (signature.equals(files.get(id))) {
          continue;
        }
        if (modified.plus(folder.settle()).isAfter(now)) {
          unsettled++; // still being written, perhaps: next poll
          continue;
        }
        Path parent = p.getParent();
        String source =
            parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        toRead.add(new InputFile(p, id, source, attributes.size(), p.toString()));
        seen.put(id, signature);
      }
    } catch (IOException | UncheckedIOException e) {
      return failed(folder, st, states, now, "cannot list the folder: " + e.getMessage(), null);
    }
    Counting counting = new Counting(sink, false);
    inputs.read(toRead, counting, (done, total) -> {});
    if (counting.cut) {
      return stopped(folder, counting);
    }
    // a file that was rejected is marked read too: it is named once, and read again once it changes
    files.putAll(seen);
    if (unsettled > 0) {
      listener.note(
          folder.key()
              + ": "
              + unsettled
              + " file(s) changed in the last "
              + folder.settle()
              + ", left for the next poll");
    }
    Instant next = now.plus(folder.interval());
    states.put(
        folder.key(),
        new SourceState(
            "folder",
            now,
            now,
            st.articlesAdded() + counting.added,
            0,
            next,
            null,
            null,
            null,
            files));
    return new Poll(folder.key(), Outcome.READ, counting.added, counting.skipped, null, next);
  }

  /** A source cut short by a stop: its state stays as it was, so nothing it offered is lost. */
  private Poll stopped(Source source, Counting counting) {
    return new Poll(
        source.key(), Outcome.STOPPED, counting.added, counting.skipped, "stopped", null);
  }

  private Poll failed(
      Source source,
      SourceState st,
      Map<String, SourceState> states,
      Instant now,
      String problem,
      Duration retryAfter) {
    int failures = st.consecutiveFailures() + 1;
    Duration wait = backoff(source.interval(), failures);
    if (retryAfter != null) {
      Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
      wait = asked.compareTo(wait) > 0 ? asked : wait;
    }
    Instant next = now.plus(wait);
    states.put(
        source.key(),
        new SourceState(
            st.kind(),
            now,
            st.lastSuccess(),
            st.articlesAdded(),
            failures,
            next,
            problem,
            st.etag(),
            st.lastModified(),
            st.files()));
    return new Poll(source.key(), Outcome.FAILED, 0, 0, problem, next);
  }

  /**
   * The wait after {@code failures} failures in a row: the interval doubled for each, at most
   * {@link #MAX_BACKOFF} (or the interval, when that is longer).
   */
  static Duration backoff(Duration interval, int failures) {
    Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
    Duration wait = interval;
    for (int i = 0; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between a source's reader and the ingest: skips articles already stored before any work is
   * spent on them, fetches a feed item's page when asked, and counts.
   */
  private final class Counting implements ArticleSink {
    private final ArticleSink sink;
    private final boolean fetchPages;
    long added;
    long skipped;
    long rejected;
    String firstProblem;

    /** Set when a stop came while it read: the rest it offered was dropped. */
    boolean cut;

    Counting(ArticleSink sink, boolean fetchPages) {
      this.sink = sink;
      this.fetchPages = fetchPages;
    }

    /** Whether nothing came out of the source but rejections: it could not be read at all. */
    boolean unreadable() {
      return rejected > 0 && added == 0 && skipped == 0;
    }

    @Override
    public void accept(RawArticle article) {
      if (stopping) {
        cut = true;
        return;
      }
      if (trame.holds(article.id())) {
        skipped++;
        return;
      }
      RawArticle taken = fetchPages && article.url() != null ? withPage(article) : article;
      added++;
      sink.accept(taken);
    }

    @Override
    public void reject(String origin, String problem) {
      rejected++;
      if (firstProblem == null) {
        firstProblem = problem;
      }
      sink.reject(origin, problem);
    }

    /** The item with its page's text, or as it is when the page cannot be read. */
    private RawArticle withPage(RawArticle item) {
      List<RawArticle> pages = new ArrayList<>(1);
      List<String> problems = new ArrayList<>(1);
      ArticleSink pageSink =
          new ArticleSink() {
            @Override
            public void accept(RawArticle page) {
              pages.add(page);
            }

            @Override
            public void reject(String origin, String problem) {
              problems.add(problem);
            }
          };
      try {
        politeness.await(URI.create(item.url()).getHost());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return item;
      } catch (IllegalArgumentException e) {
        listener.note(item.url() + ": not a URL that can be fetched; the feed's text is kept");
        return item;
      }
      inputs.fetch(item.url(), fetching, pageSink);
      if (pages.size() != 1) {
        listener.note(
            item.url()
                + ": page not read ("
                + (problems.isEmpty() ? "not one article in it" : problems.getFirst())
                + "); the feed's text is kept");
        return item;
      }
      RawArticle page = pages.getFirst();
      return new RawArticle(
          item.id(),
          item.source(),
          page.url() != null ? page.url() : item.url(),
          page.title() != null ? page.title() : item.title(),
          page.author() != null ? page.author() : item.author(),
          page.text(),
          page.published() != null ? page.published() : item.published(),
          page.language() != null ? page.language() : item.language(),
          item.url());
    }
  }
}
