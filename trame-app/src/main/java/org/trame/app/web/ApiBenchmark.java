package org.trame.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.trame.Trame;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.story.Story;

/**
 * {@code trame bench api}: the API's latency under a bounded load on loopback, for search and story
 * pages, beside the same work done straight on the store (Lucene search, story view) in the same
 * run, so that what HTTP, routing and JSON add is a ratio.
 */
public final class ApiBenchmark {

  /** Search requests go out as the page sends them: the first page of ten hits. */
  private static final int HITS = 10;

  private ApiBenchmark() {}

  /** Latencies of one series: how many requests, how many failed, and the percentiles. */
  public record Latencies(int requests, int errors, double p50Millis, double p99Millis) {
    public static Latencies of(long[] nanos, int errors) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Latencies(
          sorted.length, errors, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
  }

  /** What one kind of page measured, through the API and straight on the store. */
  public record Series(String name, int distinct, Latencies api, Latencies direct) {
    public double p50Ratio() {
      return api.p50Millis() / direct.p50Millis();
    }

    public double p99Ratio() {
      return api.p99Millis() / direct.p99Millis();
    }
  }

  /**
   * Runs both series over {@code data}.
   *
   * @param queries search words; empty: the names the store's articles mention most
   * @param requests requests per series and side
   * @param concurrency requests in flight at once
   */
  public static List<Series> run(Path data, List<String> queries, int requests, int concurrency)
      throws IOException, InterruptedException {
    return run(org.trame.app.StoreLocation.of(data), queries, requests, concurrency);
  }

  /** Runs both series over the store at {@code data}, a directory or an OpenSearch store. */
  public static List<Series> run(
      org.trame.app.StoreLocation data, List<String> queries, int requests, int concurrency)
      throws IOException, InterruptedException {
    try (Trame direct = data.openForReading();
        WebServer server =
            WebServer.start(
                data, "127.0.0.1", 0, false, null, org.trame.ingest.FetchPolicy.standard());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<String> words = queries.isEmpty() ? mostNamed(direct) : queries;
      List<String> stories = direct.stories().stream().limit(100).map(Story::id).toList();
      if (words.isEmpty() || stories.isEmpty()) {
        throw new IllegalArgumentException("the store at " + data + " holds no stories to load");
      }
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = server.url();

      Work searchDirect = i -> direct.search(SearchRequest.of(words.get(i % words.size()), HITS));
      Work searchApi =
          i ->
              get(
                  http,
                  base
                      + "api/search?limit="
                      + HITS
                      + "&q="
                      + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8));
      Work storyDirect = i -> direct.story(stories.get(i % stories.size()), null).orElseThrow();
      Work storyApi =
          i ->
              get(
                  http,
                  base
                      + "api/stories/"
                      + URLEncoder.encode(stories.get(i % stories.size()), StandardCharsets.UTF_8));

      List<Series> out = new ArrayList<>();
      out.add(series("search", words.size(), searchApi, searchDirect, requests, pool));
      out.add(series("story", stories.size(), storyApi, storyDirect, requests, pool));
      return out;
    }
  }

  /** The entities the most articles name: words a reader of this store would search for. */
  private static List<String> mostNamed(Trame trame) {
    SearchRequest all =
        new SearchRequest(
            "",
            null,
            null,
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            SearchRequest.Sort.RELEVANCE,
            false,
            1,
            0);
    SearchResult result = trame.search(all);
    return result.facets().entities().stream().map(SearchResult.EntityCount::name).toList();
  }

  /**
   * One request or call, its {@code i}th; returns what it got (kept, so none is optimized away).
   */
  @FunctionalInterface
  private interface Work {
    Object run(int i) throws Exception;
  }

  private static byte[] get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(url + ": HTTP " + response.statusCode());
    }
    return response.body();
  }

  private static Series series(
      String name, int distinct, Work api, Work direct, int requests, ExecutorService pool)
      throws InterruptedException {
    // both sides warmed first (caches filled, code compiled), so that neither measured side pays
    // for the other; then measured one after the other, under the same load
    int warmUp = Math.min(requests, Math.max(5 * distinct, 200));
    load(direct, warmUp, pool);
    load(api, warmUp, pool);
    Latencies straight = load(direct, requests, pool);
    Latencies http = load(api, requests, pool);
    return new Series(name, distinct, http, straight);
  }

  private static Latencies load(Work work, int requests, ExecutorService pool)
      throws InterruptedException {
    long[] nanos = new long[requests];
    AtomicInteger errors = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      int n = i;
      done.add(
          pool.submit(() -> {
            long start = System.nanoTime();
            try {
              work.run(n);
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            nanos[n] = System.nanoTime() - start;
          }));
    }
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (ExecutionException e) {
        errors.incrementAndGet();
      }
    }
    return Latencies.of(nanos, errors.get());
  }
}
