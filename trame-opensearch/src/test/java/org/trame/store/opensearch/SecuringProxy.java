package org.trame.store.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * What the OpenSearch security plugin puts in front of a node, for tests: HTTPS on a loopback port
 * with the key and certificate of a key store, and HTTP basic authentication: a request without the
 * one user's credentials gets 401 with {@code WWW-Authenticate: Basic}, as from the plugin; one
 * with them is forwarded to the node's plain HTTP port and its answer sent back.
 */
final class SecuringProxy implements AutoCloseable {

  /** Headers that belong to one connection, or that the JDK's client sets itself. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "authorization",
          "connection",
          "content-length",
          "expect",
          "host",
          "keep-alive",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "accept-encoding");

  private final String node;
  private final String expected;
  private volatile String readOnly = "-";
  private volatile String readOnlyUser = "-";
  private final HttpsServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Requests answered 401, and requests forwarded to the node. */
  final AtomicInteger challenged = new AtomicInteger();

  final AtomicInteger forwarded = new AtomicInteger();

  /**
   * @param node {@code host:port} of the node's plain HTTP
   * @param keyStore a PKCS12 key store holding the server's key and certificate chain
   */
  SecuringProxy(String node, Path keyStore, String storePassword, String user, String password)
      throws Exception {
    this.node = node;
    this.expected = basic(user, password);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      keys.load(in, storePassword.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, storePassword.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Lets in a second user, who may read but is refused (403, as by the security plugin) any PUT,
   * DELETE or {@code _bulk}.
   */
  void readOnlyUser(String user, String password) {
    readOnlyUser = user;
    readOnly = basic(user, password);
  }

  /** {@code 127.0.0.1:port} where the proxy listens. */
  String hostPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String method = exchange.getRequestMethod();
      if (readOnly.equals(authorization)
          && (method.equals("PUT")
              || method.equals("DELETE")
              || exchange.getRequestURI().getPath().endsWith("/_bulk"))) {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        String reason =
            "no permissions for [indices:admin/create] and User [name="
                + readOnlyUser
                + ", backend_roles=[], requestedTenant=null]";
        send(
            exchange,
            403,
            ("{\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":\""
                    + reason
                    + "\"}],\"type\":\"security_exception\",\"reason\":\""
                    + reason
                    + "\"},\"status\":403}")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!expected.equals(authorization) && !readOnly.equals(authorization)) {
        challenged.incrementAndGet();
        exchange
            .getResponseHeaders()
            .set("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        send(exchange, 401, "Unauthorized".getBytes(StandardCharsets.UTF_8));
        return;
      }
      forwarded.incrementAndGet();
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://" + node + exchange.getRequestURI()))
              .timeout(Duration.ofSeconds(90))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())) {
          for (String value : header.getValue()) {
            request.header(header.getKey(), value);
          }
        }
      }
      HttpResponse<byte[]> answer;
      try {
        answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        send(exchange, 502, new byte[0]);
        return;
      } catch (IOException e) {
        send(exchange, 502, String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        return;
      }
      answer
          .headers()
          .map()
          .forEach((name, values) -> {
            String n = name.toLowerCase();
            if (!n.startsWith(":") && !NOT_FORWARDED.contains(n)) {
              exchange.getResponseHeaders().put(name, values);
            }
          });
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      send(exchange, answer.statusCode(), head ? new byte[0] : answer.body());
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    client.close();
  }
}
