package org.trame.watch;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the watcher knows of one source, kept in the store and committed with the articles it read
 * from it.
 *
 * @param kind {@code feed} or {@code folder}
 * @param lastPoll when it was last polled (successfully or not), or null
 * @param lastSuccess when it last answered (304 included), or null
 * @param articlesAdded new articles stored from it, over all polls
 * @param consecutiveFailures failed polls since its last success
 * @param nextPoll when it is polled next (later while it backs off), or null for at once
 * @param lastError the problem of its last failed poll, or null once it succeeds again
 * @param etag a feed's last {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified a feed's last {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param files a folder's files already read: path relative to it → "size:mtime in ms"
 */
public record SourceState(
    String kind,
    Instant lastPoll,
    Instant lastSuccess,
    long articlesAdded,
    int consecutiveFailures,
    Instant nextPoll,
    String lastError,
    String etag,
    String lastModified,
    Map<String, String> files) {

  public SourceState {
    files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static SourceState fresh(String kind) {
    return new SourceState(kind, null, null, 0, 0, null, null, null, null, Map.of());
  }
}
