package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trame.store.StoreException;

/**
 * The connection against a small HTTP server on loopback that answers as a node does before it
 * knows a new index's shards: 503, "all shards failed".
 */
class ConnectionTest {

  private static final String NO_SHARD =
      "{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards"
          + " failed\"},\"status\":503}";

  private HttpServer server;
  private final AtomicInteger searches = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();
  private volatile int unavailableSearches;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          exchange.getRequestBody().readAllBytes();
          int status;
          String body;
          if (path.endsWith("/_search")) {
            boolean unavailable = searches.incrementAndGet() <= unavailableSearches;
            status = unavailable ? 503 : 200;
            body = unavailable ? NO_SHARD : "{\"hits\":{\"hits\":[]}}";
          } else {
            writes.incrementAndGet();
            status = 503;
            body = NO_SHARD;
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Connection connection() {
    return new Connection(
        OpenSearchAddress.parse(
            "opensearch://127.0.0.1:" + server.getAddress().getPort() + "/test"));
  }

  @Test
  void aSearchAnsweredNoShardYetIsSentAgain() throws Exception {
    unavailableSearches = 2;
    try (Connection c = connection()) {
      assertThat(c.call("POST", "/test-articles/_search", Map.of(), Connection.object()))
          .isNotNull();
    }
    assertThat(searches.get()).isEqualTo(3);
  }

  @Test
  void aSearchStillUnavailableFailsAfterAFewAttemptsAndAWriteIsNeverSentAgain() throws Exception {
    unavailableSearches = Integer.MAX_VALUE;
    try (Connection c = connection()) {
      assertThatThrownBy(
              () -> c.call("POST", "/test-articles/_search", Map.of(), Connection.object()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("503");
      assertThat(searches.get()).isBetween(2, 10);
      assertThatThrownBy(() -> c.call("PUT", "/test-articles", Map.of(), Connection.object()))
          .isInstanceOf(StoreException.class);
    }
    assertThat(writes.get()).isEqualTo(1);
  }
}
