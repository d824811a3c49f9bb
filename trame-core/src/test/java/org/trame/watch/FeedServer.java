package org.trame.watch;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real HTTP on loopback for the watcher's tests: feeds with validators (answering 304 to a request
 * that sends them back), pages, and paths that fail with a status and a {@code Retry-After}.
 * Records every request with the validators it sent.
 */
final class FeedServer implements AutoCloseable {

  /** A request as the server saw it. */
  record Request(String path, String ifNoneMatch, String ifModifiedSince) {}

  private record Resource(String type, String body, String etag, String lastModified) {}

  private record Failure(int status, String retryAfter) {}

  private final HttpServer server;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  /**
   * Told of each request's path before it is answered (a test's hook into the middle of a poll).
   */
  volatile java.util.function.Consumer<String> onRequest = path -> {};

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves {@code body} at {@code path} with these validators (null: none). */
  void feed(String path, String body, String etag, String lastModified) {
    failures.remove(path);
    resources.put(path, new Resource("application/rss+xml", body, etag, lastModified));
  }

  void page(String path, String html) {
    resources.put(path, new Resource("text/html; charset=utf-8", html, null, null));
  }

  /** Answers {@code status} at {@code path}, with a {@code Retry-After} unless null. */
  void fail(String path, int status, String retryAfter) {
    failures.put(path, new Failure(status, retryAfter));
  }

  long requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
    requests.add(new Request(path, inm, ims));
    onRequest.accept(path);
    try (ex) {
      Failure failure = failures.get(path);
      if (failure != null) {
        if (failure.retryAfter() != null) {
          ex.getResponseHeaders().add("Retry-After", failure.retryAfter());
        }
        ex.sendResponseHeaders(failure.status(), -1);
        return;
      }
      Resource r = resources.get(path);
      if (r == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      boolean fresh =
          (r.etag() != null && r.etag().equals(inm))
              || (r.etag() == null && r.lastModified() != null && r.lastModified().equals(ims));
      if (r.etag() != null) {
        ex.getResponseHeaders().add("ETag", r.etag());
      }
      if (r.lastModified() != null) {
        ex.getResponseHeaders().add("Last-Modified", r.lastModified());
      }
      if (fresh) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = r.body().getBytes(UTF_8);
      ex.getResponseHeaders().add("Content-Type", r.type());
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** An RSS feed of dated items: each {@code {link, title, date (RFC 822), text}}. */
  static String rss(String title, List<String[]> items) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
                + title
                + "</title><language>fr</language>\n");
    for (String[] item : items) {
      xml.append("<item><title>")
          .append(item[1])
          .append("</title><link>")
          .append(item[0])
          .append("</link><pubDate>")
          .append(item[2])
          .append("</pubDate><description>")
          .append(item[3])
          .append("</description></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
