package org.trame.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trame.internal.Json;

/**
 * What {@code trame watch} polls, read from a JSON file:
 *
 * <pre>{@code
 * {"interval": "PT15M",
 *  "sources": [{"feed": "https://example.org/rss", "interval": "PT5M", "fetch_pages": true},
 *              {"folder": "incoming", "settle": "PT10S"}],
 *  "politeness": {"per_host_delay": "PT1S"}}
 * }</pre>
 *
 * Durations are ISO 8601 ({@code PT30S}, {@code PT5M}, {@code PT1H}); a folder's path is taken from
 * the file's own folder when relative. Unknown fields are errors, so that a misspelt setting is
 * never silently ignored.
 *
 * @param file where it was read from, for messages
 * @param interval how often a source is polled unless it says otherwise
 * @param perHostDelay the least time between two requests to one host
 */
public record WatchConfig(
    Path file, Duration interval, List<Source> sources, Duration perHostDelay) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
  public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(10);
  public static final Duration DEFAULT_PER_HOST_DELAY = Duration.ofSeconds(1);

  /** The shortest interval taken: polling faster is no one's need and everyone's load. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  public WatchConfig {
    sources = List.copyOf(sources);
  }

  /** One thing to poll. */
  public sealed interface Source {
    /** Names it in the state kept, in status and in messages: the URL, or the folder's path. */
    String key();

    Duration interval();
  }

  /**
   * An RSS or Atom feed over HTTP(S).
   *
   * @param fetchPages whether each new item's link is fetched and its page read (else the feed's
   *     own content or summary is the article)
   */
  public record Feed(String url, Duration interval, boolean fetchPages) implements Source {
    @Override
    public String key() {
      return url;
    }
  }

  /**
   * A folder whose new and changed files are ingested once they have been left alone for {@code
   * settle} (so that a file still being written is not read half-way).
   */
  public record Folder(Path folder, Duration interval, Duration settle) implements Source {
    @Override
    public String key() {
      return folder.toString();
    }
  }

  /** A configuration that cannot be used; the message names the file and each field at fault. */
  public static final class InvalidConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidConfigException(String message) {
      super(message);
    }
  }

  /** Reads and checks {@code file}; every problem found is named in the one exception. */
  public static WatchConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InvalidConfigException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidConfigException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigException(
          file
              + ": not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + " ("
              + e.getOriginalMessage()
              + ")");
    }
    return new Reading(file).config(root);
  }

  /** One reading of a file, collecting its problems. */
  private static final class Reading {
    private final Path file;
    private final List<String> problems = new ArrayList<>();

    Reading(Path file) {
      this.file = file;
    }

    WatchConfig config(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw new InvalidConfigException(
            file + ": expected a JSON object with \"sources\", found " + kind(root));
      }
      only(root, "", Set.of("interval", "sources", "politeness"));
      Duration interval = duration(root, "interval", "", DEFAULT_INTERVAL, MIN_INTERVAL);
      Duration perHostDelay = DEFAULT_PER_HOST_DELAY;
      JsonNode politeness = root.get("politeness");
      if (politeness != null) {
        if (!politeness.isObject()) {
          problem("politeness", "expected an object such as {\"per_host_delay\": \"PT1S\"}");
        } else {
          only(politeness, "politeness.", Set.of("per_host_delay"));
          perHostDelay =
              duration(
                  politeness,
                  "per_host_delay",
                  "politeness.",
                  DEFAULT_PER_HOST_DELAY,
                  Duration.ZERO);
        }
      }
      List<Source> sources = new ArrayList<>();
      JsonNode list = root.get("sources");
      if (list == null) {
        problem("sources", "missing: list the feeds and folders to watch");
      } else if (!list.isArray() || list.isEmpty()) {
        problem("sources", "expected a non-empty list of {\"feed\": URL} or {\"folder\": PATH}");
      } else {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          Source s = source(list.get(i), "sources[" + i + "]", interval);
          if (s != null && !keys.add(s.key())) {
            problem("sources[" + i + "]", "the same source as an earlier one: " + s.key());
          }
          if (s != null) {
            sources.add(s);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidConfigException(file + ": " + String.join("; ", problems));
      }
      return new WatchConfig(file, interval, sources, perHostDelay);
    }

    private Source source(JsonNode node, String at, Duration defaultInterval) {
      if (node == null || !node.isObject()) {
        problem(at, "expected {\"feed\": URL} or {\"folder\": PATH}, found " + kind(node));
        return null;
      }
      String prefix = at + ".";
      boolean feed = node.has("feed");
      boolean folder = node.has("folder");
      if (feed == folder) {
        problem(
            at, feed ? "both \"feed\" and \"folder\": one each" : "needs \"feed\" or \"folder\"");
        return null;
      }
      Duration interval = duration(node, "interval", prefix, defaultInterval, MIN_INTERVAL);
      if (feed) {
        only(node, prefix, Set.of("feed", "interval", "fetch_pages"));
        String url = text(node, "feed", prefix);
        boolean fetchPages = false;
        JsonNode pages = node.get("fetch_pages");
        if (pages != null) {
          if (!pages.isBoolean()) {
            problem(prefix + "fetch_pages", "expected true or false, found " + kind(pages));
          } else {
            fetchPages = pages.booleanValue();
          }
        }
        if (url == null) {
          return null;
        }
        try {
          URI uri = new URI(url);
          String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
          if (!scheme.equals("http") && !scheme.equals("https")) {
            problem(prefix + "feed", "only http and https URLs are fetched, not " + url);
            return null;
          }
          if (uri.getHost() == null) {
            problem(prefix + "feed", "no host in " + url);
            return null;
          }
        } catch (URISyntaxException e) {
          problem(prefix + "feed", "not a valid URL: " + e.getMessage());
          return null;
        }
        return new Feed(url, interval, fetchPages);
      }
      only(node, prefix, Set.of("folder", "interval", "settle"));
      Duration settle = duration(node, "settle", prefix, DEFAULT_SETTLE, Duration.ZERO);
      String path = text(node, "folder", prefix);
      if (path == null) {
        return null;
      }
      Path base = file.toAbsolutePath().getParent();
      Path resolved = base == null ? Path.of(path) : base.resolve(path);
      resolved = resolved.toAbsolutePath().normalize();
      if (!Files.isDirectory(resolved)) {
        problem(
            prefix + "folder",
            Files.exists(resolved) ? resolved + " is not a folder" : "no such folder: " + resolved);
        return null;
      }
      return new Folder(resolved, interval, settle);
    }

    private String text(JsonNode node, String field, String prefix) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        problem(prefix + field, "expected a non-empty string, found " + kind(value));
        return null;
      }
      return value.asText().strip();
    }

    private Duration duration(
        JsonNode node, String field, String prefix, Duration otherwise, Duration least) {
      JsonNode value = node.get(field);
      if (value == null) {
        return otherwise;
      }
      if (!value.isTextual()) {
        problem(
            prefix + field, "expected an ISO 8601 duration such as \"PT5M\", found " + kind(value));
        return otherwise;
      }
      Duration d;
      try {
        d = Duration.parse(value.asText().strip());
      } catch (DateTimeParseException e) {
        problem(
            prefix + field,
            "not an ISO 8601 duration (PT30S, PT5M, PT1H…): \"" + value.asText() + "\"");
        return otherwise;
      }
      if (d.compareTo(least) < 0) {
        problem(prefix + field, "must be at least " + least + ", not " + d);
        return otherwise;
      }
      return d;
    }

    private void only(JsonNode node, String prefix, Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          problem(
              prefix + name,
              "unknown field (known here: "
                  + String.join(", ", known.stream().sorted().toList())
                  + ")");
        }
      }
    }

    private void problem(String field, String what) {
      problems.add(field + ": " + what);
    }

    private static String kind(JsonNode node) {
      if (node == null || node.isMissingNode()) {
        return "nothing";
      }
      return node.isNull()
          ? "null"
          : node.isTextual()
              ? "a string"
              : node.isNumber()
                  ? "a number"
                  : node.isBoolean() ? "a boolean" : node.isArray() ? "a list" : "an object";
    }
  }
}
