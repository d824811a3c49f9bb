package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trame watch --once} end to end: the real command line, a feed on loopback. */
class WatchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void onceIngestsNewItemsThenFindsTheFeedUnchanged() throws Exception {
    try (TestFeeds feed = TestFeeds.serve(TestFeeds.rss(0, 5))) {
      Path config = TestFeeds.config(tmp.resolve("watch.json"), feed.url());
      String data = tmp.resolve("store").toString();
      String[] watch = {
        "watch",
        "--once",
        "--json",
        "--allow-private-addresses",
        "--config",
        config.toString(),
        "--data",
        data
      };

      Cli first = Cli.run(watch);
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.out())
          .contains(feed.url() + ": 5 new, 0 already stored")
          .contains("committed 5 new articles, last one stored: " + TestFeeds.id(4));
      JsonNode report = JSON.readTree(first.lastLine());
      assertThat(report.get("stored").asLong()).isEqualTo(5);
      assertThat(report.get("sources").get(0).get("outcome").asText()).isEqualTo("read");

      Cli second = Cli.run(watch);
      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(second.out()).contains(feed.url() + ": not modified");
      assertThat(JSON.readTree(second.lastLine()).get("stored").asLong()).isZero();
      assertThat(feed.notModified.get()).isEqualTo(1);

      feed.set(TestFeeds.rss(0, 7));
      Cli third = Cli.run(watch);
      assertThat(third.out()).contains(feed.url() + ": 2 new, 5 already stored");

      Cli status = Cli.run("status", "--data", data);
      assertThat(status.out())
          .contains("watched sources")
          .contains(feed.url() + " (feed)")
          .contains("7 articles added");
      JsonNode json = JSON.readTree(Cli.run("status", "--json", "--data", data).out());
      JsonNode source = json.get("watch").get(0);
      assertThat(source.get("source").asText()).isEqualTo(feed.url());
      assertThat(source.get("articles_added").asLong()).isEqualTo(7);
      assertThat(source.get("consecutive_failures").asInt()).isZero();
      assertThat(source.get("next_poll").asText()).isNotBlank();
      assertThat(json.get("articles").asLong()).isEqualTo(7);
    }
  }

  @Test
  void loopbackIsRefusedWithoutTheFlagAndTheFailureIsKept() throws Exception {
    try (TestFeeds feed = TestFeeds.serve(TestFeeds.rss(0, 2))) {
      Path config = TestFeeds.config(tmp.resolve("watch.json"), feed.url());
      String data = tmp.resolve("store").toString();

      Cli run = Cli.run("watch", "--once", "--config", config.toString(), "--data", data);

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .contains(feed.url() + ": failed (")
          .contains("--allow-private-addresses");
      assertThat(feed.requests.get()).isZero();
      JsonNode source =
          JSON.readTree(Cli.run("status", "--json", "--data", data).out()).get("watch").get(0);
      assertThat(source.get("consecutive_failures").asInt()).isEqualTo(1);
      assertThat(source.get("last_error").asText()).contains("loopback");
    }
  }

  @Test
  void aBadConfigIsAUsageErrorNamingTheFileAndField() throws Exception {
    Path config =
        Files.writeString(
            tmp.resolve("watch.json"), "{\"sources\": [{\"feed\": \"file:///etc/passwd\"}]}");

    Cli run =
        Cli.run(
            "watch",
            "--once",
            "--config",
            config.toString(),
            "--data",
            tmp.resolve("s").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(config + ": sources[0].feed: only http and https URLs are fetched");
  }
}
