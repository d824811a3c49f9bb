package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trame.article.RawArticle;

/** Fetching feeds over real HTTP, from a server on loopback. */
class UrlFetchTest {

  private static HttpServer server;
  private static String base;

  private final Inputs inputs = new Inputs();
  private final RecordingSink sink = new RecordingSink();
  private final FetchPolicy allowed = FetchPolicy.standard().withPrivateAddresses(true);

  @BeforeAll
  static void serve() throws IOException {
    byte[] feed = Files.readAllBytes(Resources.ingest("rss2-fr.xml"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/feed.xml", ex -> send(ex, 200, "application/rss+xml", feed));
    server.createContext(
        "/json", ex -> send(ex, 200, "application/json", "{\"a\":1}".getBytes(UTF_8)));
    server.createContext("/absent", ex -> send(ex, 404, "text/plain", "no".getBytes(UTF_8)));
    server.createContext("/huge", ex -> send(ex, 200, "application/xml", new byte[3_000_000]));
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(ex, 200, "application/xml", feed);
        });
    // /hop/N redirects to /hop/N-1, and /hop/0 to the feed
    server.createContext(
        "/hop/",
        ex -> {
          int n = Integer.parseInt(ex.getRequestURI().getPath().substring(5));
          ex.getResponseHeaders().add("Location", n == 0 ? "/feed.xml" : "/hop/" + (n - 1));
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/to-file",
        ex -> {
          ex.getResponseHeaders().add("Location", "file:///etc/passwd");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void aFeedUrlIsFetchedAndItsItemsRead() {
    inputs.fetch(base + "/feed.xml", allowed, sink);

    assertThat(sink.articles)
        .extracting(RawArticle::id)
        .containsExactly(
            "https://voixducanal.example/2020/01/passerelle-rouverte",
            "https://voixducanal.example/2020/02/marche-de-nuit");
    assertThat(sink.articles.get(0).source()).isEqualTo("127.0.0.1");
    assertThat(sink.articles.get(0).origin()).isEqualTo(base + "/feed.xml: item 1");
    // the item without text, named by the URL
    assertThat(sink.rejections)
        .extracting(RecordingSink.Rejection::origin)
        .containsExactly(base + "/feed.xml: item 3");
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    inputs.fetch(base + "/feed.xml", FetchPolicy.standard(), sink);

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(base + "/feed.xml");
    assertThat(r.problem())
        .contains("127.0.0.1")
        .contains("refused")
        .contains("--allow-private-addresses");
  }

  @Test
  void redirectsAreFollowedUpToFive() {
    inputs.fetch(base + "/hop/4", allowed, sink);
    assertThat(sink.articles).hasSize(2);

    RecordingSink tooMany = new RecordingSink();
    inputs.fetch(base + "/hop/5", allowed, tooMany);
    assertThat(tooMany.onlyRejection().problem()).isEqualTo("more than 5 redirects");
  }

  @Test
  void onlyHttpAndHttpsAreFetchedEvenThroughARedirect() {
    inputs.fetch(base + "/to-file", allowed, sink);
    assertThat(sink.onlyRejection().problem()).startsWith("only http and https URLs are fetched");

    RecordingSink ftp = new RecordingSink();
    inputs.fetch("ftp://127.0.0.1/feed.xml", allowed, ftp);
    assertThat(ftp.onlyRejection().problem()).startsWith("only http and https URLs are fetched");
  }

  @Test
  void anHttpErrorIsNamed() {
    inputs.fetch(base + "/absent", allowed, sink);

    assertThat(sink.onlyRejection().problem()).startsWith("HTTP 404");
  }

  @Test
  void aBodyOverTheLimitIsNotRead() {
    inputs.fetch(base + "/huge", allowed.withLimits(1_000_000, Duration.ofSeconds(30)), sink);

    assertThat(sink.onlyRejection().problem()).startsWith("response larger than 1.0 MB");
  }

  @Test
  void aServerTooSlowIsGivenUpOn() {
    inputs.fetch(base + "/slow", allowed.withLimits(1_000_000, Duration.ofSeconds(1)), sink);

    assertThat(sink.onlyRejection().problem()).startsWith("no answer within 1 s");
  }

  @Test
  void aFeedUrlThatServesNoXmlIsOneRejection() {
    inputs.fetch(base + "/json", allowed, sink);

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).isEqualTo(base + "/json");
    assertThat(r.problem()).startsWith("not an XML feed");
  }

  @Test
  void publicAddressesAreTold() throws IOException {
    assertThat(UrlFetcher.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
    assertThat(UrlFetcher.isPublic(InetAddress.getByName("2606:2800:220:1::1"))).isTrue();
    for (String local :
        new String[] {
          "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
          "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1"
        }) {
      assertThat(UrlFetcher.isPublic(InetAddress.getByName(local))).as(local).isFalse();
    }
  }
}
