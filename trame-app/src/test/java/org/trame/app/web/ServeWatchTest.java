package org.trame.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.app.cli.TestFeeds;
import org.trame.ingest.FetchPolicy;
import org.trame.watch.WatchConfig;

/**
 * {@code trame serve --watch}: the watcher runs in the server's process, its rounds reach the API
 * as they commit, and a posted article goes through the writer it holds.
 */
class ServeWatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theServerShowsWhatItsWatcherIngestsAndTakesPostsBesideIt() throws Exception {
    try (TestFeeds feed = TestFeeds.serve(TestFeeds.rss(0, 4))) {
      WatchConfig config =
          WatchConfig.read(TestFeeds.config(dir.resolve("watch.json"), feed.url()));
      HttpClient http = HttpClient.newHttpClient();
      try (WebServer server =
          WebServer.start(
              dir.resolve("store"),
              "127.0.0.1",
              0,
              true,
              config,
              FetchPolicy.standard().withPrivateAddresses(true))) {
        JsonNode status = waitFor(http, server, s -> s.get("articles").asLong() == 4);
        JsonNode source = status.get("watch").get(0);
        assertThat(source.get("source").asText()).isEqualTo(feed.url());
        assertThat(source.get("articles_added").asLong()).isEqualTo(4);

        // the feed grows: the next round (interval PT1S) brings its new items
        feed.set(TestFeeds.rss(0, 6));
        waitFor(http, server, s -> s.get("articles").asLong() == 6);
        assertThat(
                get(http, server, "api/articles/" + TestFeeds.id(5).replace("/", "%2F"))
                    .statusCode())
            .isEqualTo(200);

        // a post shares the watcher's writer rather than being locked out by it
        HttpResponse<String> posted =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"posted-1\",\"title\":\"Le bac reprend\",\"date\":\"2022-03-04\","
                                + "\"text\":\"Le bac qui relie les deux rives reprend ses rotations ce"
                                + " jeudi, après un mois d'arrêt pour l'entretien de sa coque.\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        waitFor(http, server, s -> s.get("articles").asLong() == 7);
        // and the watcher goes on polling, with validators: an unchanged feed answers 304 (a round
        // comes every second, but a loaded machine may delay it)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (feed.notModified.get() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(feed.notModified.get()).isPositive();
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, WebServer server, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode waitFor(
      HttpClient http, WebServer server, java.util.function.Predicate<JsonNode> done)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonNode status = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(http, server, "api/status");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      status = JSON.readTree(r.body());
      if (done.test(status)) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not reached within 60 s; last status " + status);
  }
}
