package org.trame.watch;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trame.Trame;
import org.trame.internal.Json;

/**
 * The watcher's state in the store: one {@link SourceState} per source, by its key (URL or folder).
 * Sources taken out of the configuration keep their state, so that putting one back does not read
 * it all again.
 */
public record WatchState(Map<String, SourceState> sources) {

  /** The name of the store state that holds it. */
  public static final String STATE = "watch.sources";

  public WatchState {
    sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
  }

  /** As committed in the store (or put by its writer), if a watcher ever ran on it. */
  public static Optional<WatchState> of(Trame trame) {
    return trame.keptState(STATE).map(bytes -> Json.read(bytes, WatchState.class));
  }

  byte[] bytes() {
    return Json.write(this);
  }
}
