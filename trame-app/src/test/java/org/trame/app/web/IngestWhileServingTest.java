package org.trame.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.app.cli.TestInputs;

/**
 * An ingest (another process, the real command line) writes to the store that a server reads: the
 * server is never locked out, every API client gets answers throughout, and what they see only
 * grows, up to the whole input once the ingest is done.
 */
class IngestWhileServingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 400;
  private static final int CLIENTS = 8;

  @TempDir Path dir;

  @Test
  void manyClientsReadWhileAnIngestCommits() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    TestInputs.writeArticles(input, ARTICLES);
    Path data = dir.resolve("store");
    // the server first, over an empty store: it must pick up the ingest's commits as they come
    try (WebServer server = WebServer.start(data, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      Process ingest =
          TestInputs.startIngest(data, input, dir.resolve("ingest.log"), "--commit-every", "40");
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<long[]>> seen = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String path =
            switch (c % 4) {
              case 0 -> "/api/status";
              case 1 -> "/api/health";
              case 2 -> "/api/stories";
              default -> "/api/search?q=pont";
            };
        seen.add(
            clients.submit(() -> {
              long requests = 0;
              long last = -1;
              long grew = 0;
              while (ingest.isAlive()) {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                requests++;
                if (r.statusCode() != 200) {
                  problems.add(path + " -> " + r.statusCode() + " " + r.body());
                  continue;
                }
                long count = measure(path, JSON.readTree(r.body()));
                if (count < last) {
                  problems.add(path + " went back from " + last + " to " + count);
                }
                if (count > last) {
                  grew++;
                }
                last = count;
              }
              return new long[] {requests, grew};
            }));
      }
      assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).isTrue();
      clients.shutdown();
      assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      assertThat(ingest.exitValue()).as(Files.readString(dir.resolve("ingest.log"))).isZero();
      long requests = 0;
      for (Future<long[]> f : seen) {
        requests += f.get()[0];
      }
      assertThat(problems).isEmpty();
      assertThat(requests).isGreaterThan(CLIENTS);
      // status clients saw the store grow during the ingest, not only once it was over
      assertThat(seen.get(0).get()[1]).isGreaterThan(1);

      HttpResponse<String> done =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "api/status")).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode status = JSON.readTree(done.body());
      assertThat(status.get("articles").asLong()).isEqualTo(ARTICLES);
      assertThat(status.get("ingest").get("finished").asBoolean()).isTrue();
      assertThat(status.get("ingest").get("stored").asLong()).isEqualTo(ARTICLES);
    }
  }

  /** What should only grow, in each route's answer. */
  private static long measure(String path, JsonNode body) throws IOException {
    return switch (path) {
      case "/api/status", "/api/health" -> body.get("articles").asLong();
      case "/api/stories" -> {
        long n = 0;
        for (JsonNode s : body.get("stories")) {
          n += s.get("articles").size();
        }
        yield n;
      }
      default -> body.get("total").asLong();
    };
  }
}
