package org.trame.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feed served on loopback for the tests of {@code trame watch}: synthetic dated items, an ETag
 * that changes with the feed, and 304 to a request that sends it back.
 */
public final class TestFeeds implements AutoCloseable {

  private static final String[][] SUBJECTS = {
    {"pont", "travaux", "circulation", "tablier", "mairie", "chantier", "voitures"},
    {"festival", "concert", "musique", "scène", "public", "billets", "artistes"},
    {"tempête", "vent", "rafales", "arbres", "électricité", "pompiers", "côte"}
  };

  private final HttpServer server;
  private volatile byte[] body;
  private volatile String etag;
  public final AtomicInteger requests = new AtomicInteger();
  public final AtomicInteger notModified = new AtomicInteger();

  private TestFeeds(String rss) throws IOException {
    set(rss);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        ex -> {
          requests.incrementAndGet();
          try (ex) {
            String sent = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(sent)) {
              notModified.incrementAndGet();
              ex.sendResponseHeaders(304, -1);
              return;
            }
            byte[] b = body;
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
              out.write(b);
            }
          }
        });
    server.start();
  }

  /** Serves {@code rss} at {@link #url()} until closed. */
  public static TestFeeds serve(String rss) throws IOException {
    return new TestFeeds(rss);
  }

  /** Serves another feed from now on, with a new ETag. */
  public void set(String rss) {
    body = rss.getBytes(UTF_8);
    etag = "\"" + Integer.toHexString(rss.hashCode()) + "\"";
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  /** The id (its link) of synthetic item {@code i}. */
  public static String id(int i) {
    return String.format(Locale.ROOT, "https://feed.example/synthetic-%05d", i);
  }

  /** The ids of items {@code from} to {@code to} (excluded), in feed order. */
  public static List<String> ids(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add(id(i));
    }
    return ids;
  }

  /** An RSS feed of items {@code from} to {@code to}: dated, a hundred words each. */
  public static String rss(int from, int to) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Le Quai</title><language>fr</language>\n");
    for (int i = from; i < to; i++) {
      String[] words = SUBJECTS[i % SUBJECTS.length];
      Random random = new Random(i);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 100; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 10 == 9 ? ". " : " ");
      }
      LocalDate date = LocalDate.of(2022, 1 + (i / 100) % 12, 1 + i % 28);
      xml.append("<item><title>")
          .append(words[0])
          .append(' ')
          .append(i)
          .append("</title><link>")
          .append(id(i))
          .append("</link><pubDate>")
          .append(
              date.atTime(8, 0)
                  .atOffset(java.time.ZoneOffset.UTC)
                  .format(DateTimeFormatter.RFC_1123_DATE_TIME))
          .append("</pubDate><description>")
          .append(text.toString().strip())
          .append("</description></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  /** Writes a watch configuration of one feed at {@code url}. */
  public static Path config(Path file, String url) throws IOException {
    return Files.writeString(
        file,
        "{\"interval\": \"PT1S\", \"sources\": [{\"feed\": \""
            + url
            + "\"}], \"politeness\": {\"per_host_delay\": \"PT0S\"}}\n");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
