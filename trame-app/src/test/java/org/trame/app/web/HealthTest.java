package org.trame.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.app.cli.TestInputs;

/** {@code /api/health}: 200 with the store's figures, 503 while the store cannot be read. */
class HealthTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void healthyWhileTheStoreReadsAndUnavailableWhileItDoesNot() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    TestInputs.writeArticles(input, 12);
    Path data = dir.resolve("store");
    try (Trame trame = Trame.open(data)) {
      trame.ingest(List.of(input), IngestListener.NONE);
    }
    try (WebServer server = WebServer.start(data, "127.0.0.1", 0)) {
      HttpResponse<String> up = get(server);
      assertThat(up.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(up.body());
      assertThat(body.get("status").asText()).isEqualTo("ok");
      assertThat(body.get("articles").asLong()).isEqualTo(12);
      assertThat(body.get("ingest").get("stored").asLong()).isEqualTo(12);

      // a commit that cannot be read appears beside the good one, as a damaged disk would leave it
      Path index = data.resolve("index");
      long generation;
      try (Stream<Path> files = Files.list(index)) {
        generation =
            files
                .map(f -> f.getFileName().toString())
                .filter(n -> n.startsWith("segments_"))
                .mapToLong(
                    n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                .max()
                .orElseThrow();
      }
      Path broken = index.resolve("segments_" + Long.toString(generation + 1, Character.MAX_RADIX));
      Files.write(broken, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      HttpResponse<String> down = get(server);
      assertThat(down.statusCode()).isEqualTo(503);
      JsonNode problem = JSON.readTree(down.body());
      assertThat(problem.get("status").asText()).isEqualTo("unavailable");
      assertThat(problem.get("error").asText()).isNotBlank();

      // once it is gone, the store reads again: nothing was lost
      Files.delete(broken);
      HttpResponse<String> again = get(server);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).get("articles").asLong()).isEqualTo(12);
    }
  }

  private static HttpResponse<String> get(WebServer server) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + "api/health")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
