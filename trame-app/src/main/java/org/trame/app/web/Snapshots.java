package org.trame.app.web;

import java.io.IOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trame.Trame;
import org.trame.app.StoreLocation;

/**
 * The store as last committed, shared by the requests: opened once, and opened anew when an ingest
 * (in another process) has committed since.
 *
 * <p>Why not open it per request: opening reads every story and event and the term statistics,
 * which grows with the store (measured: ~15 ms for the 66 demo articles, ~60 ms for 5,000, ~0.4 s
 * for 36,000), while asking whether a newer commit exists is a directory listing.
 *
 * <p>A snapshot replaced while requests still read it is closed when the last of them is done.
 * Requests wait for each other only while a new snapshot is being opened, which they all need.
 */
final class Snapshots implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

  private final StoreLocation data;

  // guarded by this, as are the users counts of the snapshots
  private Snapshot current;
  private boolean closed;

  /** One opened store, and how many hold it (its requests, plus one while it is the current). */
  private static final class Snapshot {
    final Trame trame;
    int users = 1;

    Snapshot(Trame trame) {
      this.trame = trame;
    }
  }

  Snapshots(StoreLocation data) {
    this.data = data;
  }

  /** Runs {@code query} over the store as last committed. */
  <T> T read(Function<Trame, T> query) {
    Snapshot snapshot = acquire();
    try {
      return query.apply(snapshot.trame);
    } finally {
      release(snapshot);
    }
  }

  private synchronized Snapshot acquire() {
    if (closed) {
      throw new IllegalStateException("the server is stopping");
    }
    if (current == null || !current.trame.upToDate()) {
      // opened first: should it fail, the previous snapshot stays for the next request to retry
      Snapshot fresh = new Snapshot(data.openForReading());
      if (current != null) {
        release(current);
      }
      current = fresh;
    }
    current.users++;
    return current;
  }

  private synchronized void release(Snapshot snapshot) {
    if (--snapshot.users == 0) {
      try {
        snapshot.trame.close();
      } catch (IOException e) {
        // a reader that does not close cleanly holds nothing a later one needs
        LOG.warn("could not close a reader of {}: {}", data, e.toString());
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (current != null) {
      release(current);
      current = null;
    }
  }
}
