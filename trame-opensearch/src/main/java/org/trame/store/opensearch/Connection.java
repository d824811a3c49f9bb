package org.trame.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ProtocolException;
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
 * {@link StoreException} saying what OpenSearch said; a refused login (401), a refused permission
 * (403) and a certificate that is not trusted are each told as such, whatever the call.
 */
final class Connection implements Closeable {

  private final OpenSearchAddress address;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  Connection(OpenSearchAddress address) {
    this.address = address;
    SSLContext tls = address.https() ? sslContext(address) : null;
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
      if (tls != null) {
        http.setConnectionManager(
            PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).buildAsync())
                .build());
      }
      return http;
    });
    this.transport = builder.build();
    this.client = new OpenSearchClient(transport).generic();
  }

  /**
   * The TLS context of an HTTPS address: one that trusts only the certificates in the file its
   * {@code ca} names, else the JVM's default (its {@code javax.net.ssl.trustStore}, else cacerts).
   */
  static SSLContext sslContext(OpenSearchAddress address) {
    try {
      if (address.ca() == null) {
        return SSLContext.getDefault();
      }
      Collection<? extends Certificate> certificates;
      try (InputStream in = Files.newInputStream(address.ca())) {
        certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      } catch (IOException | CertificateException e) {
        throw new StoreException(
            "cannot read the certificates to trust in "
                + address.ca()
                + " (ca= of "
                + address
                + "; a PEM or DER file of the cluster's CA certificate): "
                + e.getMessage(),
            e);
      }
      if (certificates.isEmpty()) {
        throw new StoreException(
            "no certificate in "
                + address.ca()
                + " (ca= of "
                + address
                + "; a PEM or DER file of the cluster's CA certificate)");
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        trusted.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no TLS", e);
    } catch (GeneralSecurityException | IOException e) {
      throw new StoreException(
          "cannot trust the certificates in " + address.ca() + ": " + e.getMessage(), e);
    }
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
  /**
   * Several searches in one request ({@code _msearch}): their answers in order; one that failed
   * fails the whole.
   */
  List<JsonNode> searches(String index, List<ObjectNode> bodies) {
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    for (ObjectNode body : bodies) {
      lines.writeBytes(Json.write(object().put("index", index)));
      lines.write('\n');
      lines.writeBytes(Json.write(body));
      lines.write('\n');
    }
    Answer answer = send("POST", "/_msearch", Map.of(), lines.toByteArray(), true);
    if (answer.status() / 100 != 2) {
      throw failure("POST", "/_msearch", answer);
    }
    List<JsonNode> answers = new java.util.ArrayList<>();
    for (JsonNode one : answer.json().path("responses")) {
      if (one.has("error")) {
        throw new StoreException(
            "OpenSearch at " + address + " failed a search: " + reason(one.path("error")));
      }
      answers.add(one);
    }
    return answers;
  }

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

  /** Attempts of a search answered 503 before its answer is taken: see {@link #send}. */
  private static final int SEARCH_ATTEMPTS = 6;

  /**
   * Sends a request. A search answered 503 ("all shards failed") is sent again after a short wait,
   * a few times: a node that has not yet applied the cluster state in which a new index's shards
   * started answers so, even after the cluster reported them started (two writers opening a new
   * store at once met it, one pair in a few hundred, waiting for a languid health included).
   * Searches change nothing, so sending one again is safe.
   */
  private Answer send(
      String method, String path, Map<String, String> params, byte[] body, boolean ndjson) {
    boolean search = path.endsWith("/_search") || path.endsWith("/_msearch");
    for (int attempt = 1; ; attempt++) {
      Answer answer = sendOnce(method, path, params, body, ndjson);
      if (!search || answer.status() != 503 || attempt == SEARCH_ATTEMPTS) {
        return answer;
      }
      try {
        Thread.sleep(50L << attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return answer;
      }
    }
  }

  private Answer sendOnce(
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
      return refused(method, path, new Answer(response.getStatus(), json));
    } catch (ResponseException e) {
      // the transport throws on an error status
      return refused(method, path, answer(e));
    } catch (IOException e) {
      // the transport wraps some error answers (401 among them) as I/O errors
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ResponseException answer) {
          return refused(method, path, answer(answer));
        }
      }
      throw unreachable(e);
    } catch (RuntimeException e) {
      // and some failures to talk at all (a TLS port spoken to in plain HTTP) as a bare one
      if (e.getClass() == RuntimeException.class && e.getCause() != null) {
        throw unreachable(e);
      }
      throw e;
    }
  }

  /** The error answer a {@link ResponseException} holds: out of reach but in its message. */
  private static Answer answer(ResponseException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    JsonNode json =
        newline < 0
            ? object().put("error", message)
            : readTree(message.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
    return new Answer(e.status(), json);
  }

  /**
   * The answer, unless it refuses the user: no caller reads a 401 or a 403 as an answer (a 403 to
   * {@code HEAD /index} is no "missing index"), and the user needs to know which it is.
   */
  private Answer refused(String method, String path, Answer answer) {
    if (answer.status() == 401) {
      throw new StoreException(
          address.user() == null
              ? "OpenSearch at "
                  + address
                  + " asks for credentials (401): give them in the address,"
                  + " opensearchs://USER:PASSWORD@host:port/prefix"
              : "OpenSearch at "
                  + address
                  + " refused the credentials of user '"
                  + address.user()
                  + "' (401): check the user and password in the address");
    }
    if (answer.status() == 403) {
      throw new StoreException(
          "OpenSearch at "
              + address
              + " does not let "
              + (address.user() == null ? "anonymous users" : "user '" + address.user() + "'")
              + " "
              + method
              + " "
              + path
              + " (403): "
              + reason(answer.json().path("error"))
              + "; the permissions trame needs are in docs/opensearch.md");
    }
    return answer;
  }

  /** Why the cluster could not be talked to, in the user's terms when it is TLS. */
  private StoreException unreachable(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLPeerUnverifiedException) {
        return new StoreException(
            "OpenSearch at "
                + address
                + " presented a certificate that does not name the host connected to ("
                + t.getMessage()
                + "): give a host name or address its certificate holds",
            e);
      }
      if (t instanceof CertificateException
          || t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException) {
        return new StoreException(
            "OpenSearch at "
                + address
                + " presented a certificate that is not trusted ("
                + (address.ca() == null
                    ? "by the JVM's trust store"
                    : "not signed by the certificates in " + address.ca())
                + ": "
                + t.getMessage()
                + "): give the cluster's CA certificate with ?ca=PATH (see docs/opensearch.md)",
            e);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return new StoreException(
            "cannot talk TLS with OpenSearch at "
                + address
                + " ("
                + t.getMessage()
                + "): is it an HTTPS port? for plain HTTP, write opensearch://",
            e);
      }
    }
    Throwable said = e;
    while (said.getClass() == RuntimeException.class && said.getCause() != null) {
      said = said.getCause(); // the transport's wrapper says nothing of its own
    }
    boolean notHttp = false; // closed, or an answer that is no HTTP: TLS, say
    for (Throwable t = e; t != null; t = t.getCause()) {
      notHttp |= t instanceof ConnectionClosedException || t instanceof ProtocolException;
    }
    return new StoreException(
        "cannot reach OpenSearch at "
            + address
            + ": "
            + said.getMessage()
            + (notHttp && !address.https()
                ? " (if it is an HTTPS port, write opensearchs://)"
                : ""),
        e);
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
