package org.trame.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.app.StoreLocation;
import org.trame.ingest.FetchPolicy;
import org.trame.watch.WatchConfig;
import org.trame.watch.Watcher;

/**
 * {@code trame serve --watch FILE}: a watcher in the server's process, on a thread of its own,
 * holding the store's one writer. The writer is shared: {@code POST /api/articles} ingests through
 * it between the watcher's rounds (a lock, taken by a round for its length), and answers 409 only
 * when a round keeps it longer than {@link #POST_WAIT}. The server's readers see each round once it
 * commits, as they see any ingest.
 */
final class WatchInServe implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WatchInServe.class);

  /** How long a posted article waits for a round of the watcher to end. */
  static final Duration POST_WAIT = Duration.ofSeconds(10);

  private final Trame writer;
  private final Watcher watcher;
  private final ReentrantLock lock = new ReentrantLock();
  private final Thread thread;

  WatchInServe(StoreLocation data, WatchConfig config, FetchPolicy fetching) {
    this.writer = data.openForWriting();
    IngestListener ingest =
        new IngestListener() {
          @Override
          public void rejected(IngestReport.Rejection r) {
            LOG.warn("watch: {}: {}", r.origin(), r.problem());
          }

          @Override
          public void committed(long storedSoFar, String lastStoredId) {
            LOG.info(
                "watch: committed {} new articles, last one stored: {}",
                storedSoFar,
                lastStoredId == null ? "none yet" : lastStoredId);
          }
        };
    Watcher.Listener polls =
        new Watcher.Listener() {
          @Override
          public void polled(Watcher.Poll p) {
            LOG.info(
                "watch: {}: {}, {} new, next poll {}{}",
                p.source(),
                p.outcome(),
                p.added(),
                p.nextPoll(),
                p.problem() == null ? "" : " (" + p.problem() + ")");
          }

          @Override
          public void note(String message) {
            LOG.info("watch: {}", message);
          }
        };
    this.watcher = new Watcher(writer, config, fetching, Clock.systemUTC(), ingest, polls);
    this.thread = Thread.ofPlatform().name("trame-watch").daemon().unstarted(this::loop);
  }

  void start() {
    thread.start();
  }

  private volatile boolean stopping;

  private void loop() {
    while (!stopping) {
      Duration wait;
      lock.lock();
      try {
        watcher.pollDue();
        wait = watcher.untilNextPoll();
      } catch (RuntimeException e) {
        // the store failed (disk full, read-only): said, and tried again later
        LOG.error("watch: {}", e.getMessage());
        wait = Duration.ofMinutes(1);
      } finally {
        lock.unlock();
      }
      watcher.pause(wait);
    }
  }

  /**
   * Runs {@code work} with the writer once the watcher is between rounds; empty when a round keeps
   * it past {@link #POST_WAIT}.
   */
  <T> Optional<T> withWriter(Function<Trame, T> work) throws InterruptedException {
    if (!lock.tryLock(POST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(work.apply(writer));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    // no interrupt: one reaching Lucene while it syncs a commit would close its files under it
    stopping = true;
    watcher.stop();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      writer.close();
    } catch (java.io.IOException e) {
      LOG.warn("watch: closing the store: {}", e.getMessage());
    } finally {
      lock.unlock();
    }
  }
}
