package org.trame.ingest;

import java.time.Duration;

/**
 * How URLs given to ingest are fetched.
 *
 * @param allowPrivateAddresses whether hosts on loopback, private, link-local or other non-public
 *     addresses may be fetched (refused by default: a URL from a feed list must not reach into the
 *     machine's own network)
 * @param maxBytes largest response body read
 * @param connectTimeout longest wait for a connection
 * @param timeout longest time for a whole response, body included
 * @param maxRedirects redirects followed at most
 */
public record FetchPolicy(
    boolean allowPrivateAddresses,
    long maxBytes,
    Duration connectTimeout,
    Duration timeout,
    int maxRedirects) {

  public static FetchPolicy standard() {
    return new FetchPolicy(false, 32_000_000, Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
  }

  public FetchPolicy withPrivateAddresses(boolean allowed) {
    return new FetchPolicy(allowed, maxBytes, connectTimeout, timeout, maxRedirects);
  }

  public FetchPolicy withLimits(long maxBytes, Duration timeout) {
    return new FetchPolicy(allowPrivateAddresses, maxBytes, connectTimeout, timeout, maxRedirects);
  }
}
