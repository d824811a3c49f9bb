package org.trame.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.trame.internal.Json;
import org.trame.store.StoreException;

/**
 * The OpenSearch cluster as the store talks to it: JSON in, JSON out, through the official client's
 * generic API, which fails over between the nodes given. Any answer that is not a success becomes a
 * {@link StoreException} saying what OpenSearch said.
 */
final class Connection implements Closeable {

  private final OpenSearchAddress address;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  Connection(OpenSearchAddress address) {
    this.address = address;
    HttpHost[] hosts =
        address.hosts().stream()
            .map(h -> new HttpHost(address.https() ? "https" : "http", host(h), port(h)))
            .toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper());
    builder.setHttpClientConfigCallback(http -> {
      if (address.user() != null) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        for (HttpHost host : hosts) {
          credentials.setCredentials(
              new AuthScope(host),
              new UsernamePasswordCredentials(address.user(), address.password().toCharArray()));
        }
        http.setDefaultCredentialsProvider(credentials);
      }
      if (address.https()) {
        try {
          http.setConnectionManager(
              PoolingAsyncClientConnectionManagerBuilder.create()
                  .setTlsStrategy(
                      ClientTlsStrategyBuilder.create()
                          .setSslContext(SSLContext.getDefault())
                          .buildAsync())
                  .build());
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("this JVM has no TLS", e);
        }
      }
      return http;
    });
    this.transport = builder.build();
    this.client = new OpenSearchClient(transport).generic();
  }

  private static String host(String hostPort) {
    return hostPort.substring(0, hostPort.lastIndexOf(':'));
  }

  private static int port(String hostPort) {
    return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
  }

  /** A document id as a path segment. */
  static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  OpenSearchAddress address() {
    return address;
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A call whose answer must be a success. */
  JsonNode call(String method, String path, Map<String, String> params, JsonNode body) {
    Answer answer = send(method, path, params, body == null ? null : Json.write(body), false);
    if (answer.status() / 100 != 2) {
      throw failure(method, path, answer);
    }
    return answer.json();
  }

  JsonNode call(String method, String path, JsonNode body) {
    return call(method, path, Map.of(), body);
  }

  /** A call whose answer may be an error the caller reads (a 404, a 400 for bad query syntax). */
  Answer attempt(String method, String path, Map<String, String> params, JsonNode body) {
    return send(method, path, params, body == null ? null : Json.write(body), false);
  }

  /**
   * Sends {@code lines} (newline-delimited JSON) to {@code _bulk}; fails on the first item that
   * failed, naming it.
   */
  JsonNode bulk(byte[] lines, Map<String, String> params) {
    Answer answer = send("POST", "/_bulk", params, lines, true);
    if (answer.status() / 100 != 2) {
      throw failure("POST", "/_bulk", answer);
    }
    JsonNode json = answer.json();
    if (json.path("errors").asBoolean(false)) {
      for (JsonNode item : json.path("items")) {
        JsonNode result = item.elements().next();
        if (result.has("error")) {
          throw new StoreException(
              "OpenSearch at "
                  + address
                  + " refused to write "
                  + result.path("_index").asText()
                  + "/"
                  + result.path("_id").asText()
                  + ": "
                  + reason(result.path("error")));
        }
      }
    }
    return json;
  }

  /** An answer: its HTTP status and JSON body (an empty object when it had none). */
  record Answer(int status, JsonNode json) {}

  private Answer send(
      String method, String path, Map<String, String> params, byte[] body, boolean ndjson) {
    var request =
        Requests.create(
            method,
            path,
            List.of(),
            params,
            body == null
                ? null
                : Body.from(body, ndjson ? "application/x-ndjson" : "application/json"));
    try (Response response = client.execute(request)) {
      JsonNode json =
          response
              .getBody()
              .map(b -> {
                byte[] bytes = b.bodyAsBytes();
                return bytes.length == 0 ? (JsonNode) object() : readTree(bytes);
              })
              .orElseGet(Connection::object);
      return new Answer(response.getStatus(), json);
    } catch (ResponseException e) {
      // the transport throws on an error status, its answer out of reach but in its message
      String message = String.valueOf(e.getMessage());
      int newline = message.indexOf('\n');
      JsonNode json =
          newline < 0
              ? object().put("error", message)
              : readTree(message.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
      return new Answer(e.status(), json);
    } catch (IOException e) {
      throw new StoreException("cannot reach OpenSearch at " + address + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      return Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      return object().put("unreadable", new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private StoreException failure(String method, String path, Answer answer) {
    return new StoreException(
        "OpenSearch at "
            + address
            + " answered "
            + answer.status()
            + " to "
            + method
            + " "
            + path
            + ": "
            + reason(answer.json().path("error")));
  }

  /** OpenSearch's own words for an error, its root cause first. */
  static String reason(JsonNode error) {
    if (error.isTextual()) {
      return error.asText();
    }
    JsonNode root = error.path("root_cause").path(0);
    JsonNode said = root.isMissingNode() ? error : root;
    String type = said.path("type").asText("");
    String why = said.path("reason").asText(error.toString());
    return type.isEmpty() ? why : type + ": " + why;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
