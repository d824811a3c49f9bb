package org.trame.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host by a least delay, whatever the source that makes them (a feed and the
 * pages its items link to are often on the same host).
 */
final class Politeness {
  private final long delayNanos;
  private final Map<String, Long> lastRequest = new HashMap<>();

  Politeness(Duration delay) {
    this.delayNanos = delay.toNanos();
  }

  /** Waits until a request to {@code host} is polite, then counts one as made now. */
  void await(String host) throws InterruptedException {
    String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
    Long last = lastRequest.get(key);
    if (last != null) {
      long wait = last + delayNanos - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
    }
    lastRequest.put(key, System.nanoTime());
  }
}
