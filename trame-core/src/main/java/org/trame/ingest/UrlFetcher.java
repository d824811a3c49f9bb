package org.trame.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL into a temporary file, within the bounds of a {@link FetchPolicy}: http and https
 * only, redirects followed by hand (each hop checked again), non-public addresses refused unless
 * allowed, the body cut off past its size limit or its time limit.
 */
final class UrlFetcher {

  /**
   * A fetched body, in a temporary file the caller deletes; {@code file} is null when the server
   * answered 304 Not Modified to a conditional request.
   *
   * @param etag the response's {@code ETag}, or null
   * @param lastModified the response's {@code Last-Modified}, as sent, or null
   */
  record Fetched(Path file, long size, String contentType, String etag, String lastModified) {
    boolean notModified() {
      return file == null;
    }
  }

  /** Why a URL could not be fetched, in words for the user. */
  static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The HTTP status that refused the request, or 0 when none did (refused before, timeout). */
    final int status;

    /** How long the server asked to be left alone ({@code Retry-After}), or null. */
    final transient Duration retryAfter;

    FetchException(String message) {
      this(message, 0, null);
    }

    FetchException(String message, int status, Duration retryAfter) {
      super(message);
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  private final FetchPolicy policy;

  UrlFetcher(FetchPolicy policy) {
    this.policy = policy;
  }

  Fetched fetch(URI start) throws FetchException, IOException {
    return fetch(start, null, null);
  }

  /**
   * Fetches {@code start}, conditionally when validators of an earlier fetch are given: a 304
   * answer comes back as a {@link Fetched} without a file.
   *
   * @param etag sent as {@code If-None-Match}, or null
   * @param lastModified sent as {@code If-Modified-Since}, or null
   */
  Fetched fetch(URI start, String etag, String lastModified) throws FetchException, IOException {
    long deadline = System.nanoTime() + policy.timeout().toNanos();
    try (HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()) {
      URI uri = start;
      for (int redirects = 0; ; redirects++) {
        check(uri);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        if (etag != null) {
          builder.header("If-None-Match", etag);
        }
        if (lastModified != null) {
          builder.header("If-Modified-Since", lastModified);
        }
        HttpRequest request =
            builder
                .timeout(policy.timeout())
                .header("User-Agent", "trame (news story tracker; feed reader)")
                .header(
                    "Accept",
                    "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                        + " text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
          response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
          throw new FetchException("no answer within " + policy.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException("interrupted");
        }
        int status = response.statusCode();
        if (status == 304 && (etag != null || lastModified != null)) {
          response.body().close();
          return new Fetched(null, 0, "", etag, lastModified);
        }
        if (status >= 300 && status < 400) {
          response.body().close();
          Optional<String> location = response.headers().firstValue("Location");
          if (location.isEmpty()) {
            throw new FetchException("HTTP " + status + " redirect without a Location");
          }
          if (redirects >= policy.maxRedirects()) {
            throw new FetchException("more than " + policy.maxRedirects() + " redirects");
          }
          try {
            uri = uri.resolve(location.get().strip());
          } catch (IllegalArgumentException e) {
            throw new FetchException("redirect to a malformed URL: " + location.get());
          }
          continue;
        }
        if (status < 200 || status >= 300 || status == 204) {
          response.body().close();
          throw new FetchException(
              "HTTP " + status + " from " + uri,
              status,
              response
                  .headers()
                  .firstValue("Retry-After")
                  .map(UrlFetcher::retryAfter)
                  .orElse(null));
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
          response.body().close();
          throw new FetchException(tooLarge());
        }
        return save(
            response.body(),
            deadline,
            response.headers().firstValue("Content-Type").orElse(""),
            response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null));
      }
    }
  }

  private String tooLarge() {
    return "response larger than " + Texts.megabytes(policy.maxBytes()) + ", not read";
  }

  /** Copies the body to a temporary file, closing it when the time is up. */
  private Fetched save(
      InputStream body, long deadline, String contentType, String etag, String lastModified)
      throws IOException, FetchException {
    Path file = Files.createTempFile("trame-fetch-", ".tmp");
    AtomicBoolean expired = new AtomicBoolean();
    Thread watchdog =
        Thread.ofVirtual()
            .start(() -> {
              try {
                Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
                expired.set(true);
                body.close();
              } catch (InterruptedException | IOException e) {
                // done in time, or already closed
              }
            });
    boolean kept = false;
    try (InputStream in = body;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > policy.maxBytes()) {
          throw new FetchException(tooLarge());
        }
        out.write(buffer, 0, n);
      }
      kept = true;
      return new Fetched(file, total, contentType, etag, lastModified);
    } catch (IOException e) {
      if (expired.get()) {
        throw new FetchException(
            "the response took longer than " + policy.timeout().toSeconds() + " s");
      }
      throw e;
    } finally {
      watchdog.interrupt();
      if (!kept) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * A {@code Retry-After} value: seconds, or an HTTP date (counted from now); null when it is
   * neither, or in the past.
   */
  static Duration retryAfter(String value) {
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      // an HTTP date, then
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(Instant.now(), at);
      return d.isNegative() || d.isZero() ? null : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Refuses what the policy does not allow, before any connection. */
  private void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https URLs are fetched, not " + uri);
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new FetchException("no host in " + uri);
    }
    if (policy.allowPrivateAddresses()) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host);
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new FetchException(
            host
                + " is at "
                + address.getHostAddress()
                + ", a loopback, private or local address: refused (allow it with"
                + " --allow-private-addresses)");
      }
    }
  }

  /** Whether an address is on the public internet, not this machine's or a private network. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xFF;
      // unique local fc00::/7; IPv4-mapped and -compatible forms are judged as IPv4 by the JDK
      return (first & 0xFE) != 0xFC;
    }
    return false;
  }
}
