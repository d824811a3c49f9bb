package org.trame.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trame ingest URL}: a feed served on loopback, refused unless the flag allows it. */
class IngestUrlTest {

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Le Petit Quai</title><language>fr</language>
      <item><title>Le bac reprend ses rotations</title>
      <link>https://petitquai.example/bac</link>
      <pubDate>jeu., 6 févr. 2020 07:00:00 +0100</pubDate>
      <description>Le bac qui relie les deux rives reprend ses rotations ce jeudi, après un mois\
       d'arrêt pour l'entretien de sa coque.</description></item>
      </channel></rss>
      """;

  @TempDir Path tmp;
  private HttpServer server;
  private String url;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        ex -> {
          byte[] body = FEED.getBytes(UTF_8);
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFeedUrlIsIngestedWhenPrivateAddressesAreAllowed() {
    String data = tmp.resolve("store").toString();

    Cli ingest = Cli.run("ingest", "--data", data, "--allow-private-addresses", url);

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("stored 1 articles");
    Cli article = Cli.run("article", "--data", data, "https://petitquai.example/bac");
    assertThat(article.exit()).as(article.err()).isZero();
    assertThat(article.out()).contains("Le bac reprend ses rotations").contains("2020-02-06");
  }

  @Test
  void loopbackIsRefusedWithoutTheFlag() {
    Cli ingest = Cli.run("ingest", "--json", "--data", tmp.resolve("store").toString(), url);

    assertThat(ingest.exit()).isEqualTo(1);
    assertThat(ingest.lastLine())
        .contains("\"input\":\"" + url + "\"")
        .contains("--allow-private-addresses");
  }
}
