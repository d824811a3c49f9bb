package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.Trame;
import org.trame.watch.WatchState;

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
  void leftRunningItPollsAsTheFeedChangesAndStopsCleanly() throws Exception {
    try (TestFeeds feed = TestFeeds.serve(TestFeeds.rss(0, 3))) {
      Path config = TestFeeds.config(tmp.resolve("watch.json"), feed.url());
      Path data = tmp.resolve("store");
      Path log = tmp.resolve("watch.log");
      Process watch = TestInputs.startWatch(data, config, log);
      try {
        waitForLine(watch, log, "committed 3 new articles, last one stored: " + TestFeeds.id(2));
        waitForLine(watch, log, feed.url() + ": not modified");
        feed.set(TestFeeds.rss(0, 5));
        waitForLine(watch, log, feed.url() + ": 2 new, 3 already stored");
        waitForLine(watch, log, "committed 2 new articles, last one stored: " + TestFeeds.id(4));
      } finally {
        watch.destroy(); // SIGTERM: the shutdown hook stops the watcher and closes the store
      }
      assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(log.resolveSibling("watch.log.err"))).doesNotContain("Exception");
      try (Trame trame = Trame.openReadOnly(data)) {
        assertThat(trame.status().articles()).isEqualTo(5);
        assertThat(WatchState.of(trame).orElseThrow().sources().get(feed.url()).articlesAdded())
            .isEqualTo(5);
      }
      // the lock was let go: another writer opens at once
      Cli again =
          Cli.run(
              "watch",
              "--once",
              "--allow-private-addresses",
              "--config",
              config.toString(),
              "--data",
              data.toString());
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.out()).contains(feed.url() + ": not modified");
    }
  }

  private static void waitForLine(Process process, Path log, String line) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(line + "\n")) {
        return;
      }
      assertThat(process.isAlive())
          .as("the watch ended early: %s", Files.exists(log) ? Files.readString(log) : "")
          .isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("no line '" + line + "' within 60 s in:\n" + Files.readString(log));
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
