package org.trame.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch configuration: what it reads, and messages that name the file and the field. */
class WatchConfigTest {

  @TempDir Path tmp;

  private Path write(String json) throws IOException {
    return Files.writeString(tmp.resolve("watch.json"), json);
  }

  @Test
  void readsFeedsFoldersAndDefaults() throws IOException {
    Files.createDirectories(tmp.resolve("incoming"));
    Path file =
        write(
            """
            {"interval": "PT10M",
             "sources": [{"feed": "https://quai.example/rss", "interval": "PT5M", "fetch_pages": true},
                         {"feed": "http://autre.example/atom"},
                         {"folder": "incoming", "settle": "PT30S"}],
             "politeness": {"per_host_delay": "PT2S"}}
            """);

    WatchConfig config = WatchConfig.read(file);

    assertThat(config.interval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.perHostDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.sources())
        .containsExactly(
            new WatchConfig.Feed("https://quai.example/rss", Duration.ofMinutes(5), true),
            new WatchConfig.Feed("http://autre.example/atom", Duration.ofMinutes(10), false),
            new WatchConfig.Folder(
                tmp.resolve("incoming").toAbsolutePath(),
                Duration.ofMinutes(10),
                Duration.ofSeconds(30)));
  }

  @Test
  void everyProblemIsNamedWithItsFileAndField() throws IOException {
    Path file =
        write(
            """
            {"interval": "5 minutes",
             "sources": [{"feed": "ftp://quai.example/rss"},
                         {"folder": "nowhere"},
                         {"feed": "https://quai.example/rss", "fetch_page": true},
                         {"feed": "https://a.example/rss", "folder": "x"},
                         {"feed": "https://b.example/rss", "interval": "PT0S", "fetch_pages": "yes"}],
             "politness": {}}
            """);

    assertThatThrownBy(() -> WatchConfig.read(file))
        .isInstanceOf(WatchConfig.InvalidConfigException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(
            "interval: not an ISO 8601 duration (PT30S, PT5M, PT1H…): \"5 minutes\"")
        .hasMessageContaining("sources[0].feed: only http and https URLs are fetched")
        .hasMessageContaining("sources[1].folder: no such folder: " + tmp.resolve("nowhere"))
        .hasMessageContaining(
            "sources[2].fetch_page: unknown field (known here: feed, fetch_pages, interval)")
        .hasMessageContaining("sources[3]: both \"feed\" and \"folder\"")
        .hasMessageContaining("sources[4].interval: must be at least PT1S, not PT0S")
        .hasMessageContaining("sources[4].fetch_pages: expected true or false, found a string")
        .hasMessageContaining("politness: unknown field");
  }

  @Test
  void brokenJsonSaysWhere() throws IOException {
    Path file = write("{\"sources\": [\n  {\"feed\": \"https://quai.example/rss\"\n]}");

    assertThatThrownBy(() -> WatchConfig.read(file))
        .hasMessageStartingWith(file + ": not valid JSON at line 3");
  }

  @Test
  void missingOrEmptySourcesAndMissingFile() throws IOException {
    assertThatThrownBy(() -> WatchConfig.read(write("{}")))
        .hasMessageContaining("sources: missing");
    assertThatThrownBy(() -> WatchConfig.read(write("{\"sources\": []}")))
        .hasMessageContaining("sources: expected a non-empty list");
    assertThatThrownBy(() -> WatchConfig.read(write("[1]")))
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> WatchConfig.read(tmp.resolve("absent.json")))
        .hasMessage(tmp.resolve("absent.json") + ": no such file");
  }

  @Test
  void theSameSourceTwiceIsRefused() throws IOException {
    Path file =
        write(
            "{\"sources\": [{\"feed\": \"https://q.example/rss\"}, {\"feed\": \"https://q.example/rss\"}]}");

    assertThatThrownBy(() -> WatchConfig.read(file))
        .hasMessageContaining(
            "sources[1]: the same source as an earlier one: https://q.example/rss");
  }
}
