package org.trame.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.trame.internal.Json;
import org.trame.story.Event;
import org.trame.story.Story;

/**
 * A whole store as JSON Lines, and back: {@code trame export} and {@code trame import}, which move
 * a store from the embedded one to OpenSearch and back without loss.
 *
 * <p>One record a line, each with its {@code kind}: first a {@code header} ({@code format}, {@code
 * trame} version, {@code exported} time, {@code counts}), then every {@code state} ({@code name},
 * its bytes in {@code base64}), every {@code article} (the stored article under {@code article}, in
 * the order stored), every {@code event} and every {@code story} (under {@code event}, {@code
 * story}, in the order created). Articles, events and stories are in the JSON the stores keep, with
 * the keys of maps in order.
 *
 * <p>An import writes the articles as they were stored (ids, copies, story and event, analysis): it
 * does not run the pipeline again, which would place them anew.
 */
public final class Migration {

  /** The version of the record layout, in the header; an import refuses others. */
  public static final int FORMAT = 1;

  /** An import commits every this many articles, and at the end. */
  public static final int COMMIT_EVERY = 1_000;

  private static final byte[] NEWLINE = {'\n'};

  /**
   * The stores' JSON, with the keys of maps in order: a store may give a map back in another order
   * than it was put (OpenSearch does), and two exports of the same store should be the same lines.
   */
  private static final ObjectWriter WRITER =
      Json.MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Migration() {}

  /**
   * What an export holds, or an import wrote.
   *
   * @param states named states
   * @param articles articles, copies included
   * @param duplicates of those, copies
   */
  public record Counts(long states, long articles, long duplicates, long events, long stories) {}

  /** The first line of an export. */
  public record Header(int format, String trame, Instant exported, Counts counts) {}

  /**
   * Writes every record of {@code store} to {@code out} (not closed), streaming: one article in
   * memory at a time.
   *
   * @param trameVersion the version of trame exporting, for the header
   * @throws StoreException when the store changed while it was read (its counts no longer match)
   */
  public static Counts export(Store store, OutputStream out, String trameVersion, Instant now) {
    Map<String, byte[]> states = store.states();
    List<Event> events = store.eventsAsCreated();
    List<Story> stories = store.storiesAsCreated();
    StoreCounts c = store.counts();
    Counts counts =
        new Counts(states.size(), c.articles(), c.duplicates(), events.size(), stories.size());
    BufferedOutputStream lines = new BufferedOutputStream(out, 1 << 16);
    try {
      ObjectNode header = Json.MAPPER.createObjectNode();
      header.put("kind", "header");
      header.put("format", FORMAT);
      header.put("trame", trameVersion);
      header.put("exported", now.toString());
      header.set("counts", Json.MAPPER.valueToTree(counts));
      lines.write(Json.write(header));
      lines.write(NEWLINE);
      for (Map.Entry<String, byte[]> s : states.entrySet()) {
        ObjectNode state = Json.MAPPER.createObjectNode();
        state.put("kind", "state");
        state.put("name", s.getKey());
        state.put("base64", Base64.getEncoder().encodeToString(s.getValue()));
        lines.write(Json.write(state));
        lines.write(NEWLINE);
      }
      long[] written = new long[2];
      store.forEachArticle(a -> {
        record(lines, "article", write(a));
        written[0]++;
        if (a.duplicate()) {
          written[1]++;
        }
      });
      for (Event e : events) {
        record(lines, "event", write(e));
      }
      for (Story s : stories) {
        record(lines, "story", write(s));
      }
      lines.flush();
      if (written[0] != counts.articles() || written[1] != counts.duplicates()) {
        throw new StoreException(
            "the store changed while it was exported: it counted "
                + counts.articles()
                + " articles ("
                + counts.duplicates()
                + " copies) and "
                + written[0]
                + " ("
                + written[1]
                + ") were read; the export is not whole, export again");
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  private static byte[] write(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {"kind":KIND,"KIND":JSON}. */
  private static void record(OutputStream out, String kind, byte[] json) {
    try {
      out.write(("{\"kind\":\"" + kind + "\",\"" + kind + "\":").getBytes(StandardCharsets.UTF_8));
      out.write(json);
      out.write('}');
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  /** What an import reports as it goes. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (articles, committed) -> {};

    /** After each commit: articles written so far, of which {@code committed} committed. */
    void committed(long articles, long committed);
  }

  /**
   * Reads an export from {@code in} (not closed) and checks every line without writing anything:
   * well-formed, of a known kind, and as many of each as the header says.
   *
   * @return its header
   * @throws MalformedExportException naming the line at fault
   */
  public static Header check(InputStream in) {
    return read(in, null, Progress.NONE);
  }

  /**
   * Writes an export read from {@code in} (not closed) into {@code store}, which must be empty and
   * writable: articles with {@link Store#add}, committed every {@value #COMMIT_EVERY}, then events,
   * stories and states, and a last commit. Check the export first ({@link #check}) when it can be
   * read twice: a malformed line found midway leaves the articles before it committed.
   *
   * @return the export's header
   * @throws MalformedExportException naming the line at fault, and how far the import got
   * @throws StoreException when the store is not empty, or writing to it fails
   */
  public static Header importInto(Store store, InputStream in, Progress progress) {
    if (!store.writable()) {
      throw new IllegalArgumentException("the store is opened for reading only");
    }
    StoreCounts c = store.counts();
    if (c.articles() > 0 || c.events() > 0 || c.stories() > 0 || !store.states().isEmpty()) {
      throw new StoreException(
          "the store is not empty ("
              + c.articles()
              + " articles, "
              + c.events()
              + " events, "
              + c.stories()
              + " stories): an import goes only into an empty store (a new --data directory, or"
              + " an unused --store prefix)");
    }
    return read(in, store, progress);
  }

  /** Reads every line; writes into {@code store} unless it is null. */
  private static Header read(InputStream in, Store store, Progress progress) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Position at = new Position(store);
    Header header = null;
    long states = 0;
    long articles = 0;
    long duplicates = 0;
    long events = 0;
    long stories = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        at.line++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw at.malformed("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (record == null || !record.isObject()) {
          throw at.malformed("not a JSON object");
        }
        String kind = record.path("kind").asText("");
        if (header == null && !kind.equals("header")) {
          throw at.malformed(
              "a trame export starts with its header (\"kind\":\"header\"), not "
                  + (kind.isEmpty() ? "a record without kind" : "\"" + kind + "\""));
        }
        switch (kind) {
          case "header" -> {
            if (header != null) {
              throw at.malformed("a second header");
            }
            header = header(record, at);
          }
          case "state" -> {
            String name = record.path("name").asText("");
            byte[] value;
            try {
              value = Base64.getDecoder().decode(record.path("base64").asText(""));
            } catch (IllegalArgumentException e) {
              throw at.malformed("a state whose base64 is not: " + e.getMessage());
            }
            if (name.isEmpty()) {
              throw at.malformed("a state without name");
            }
            if (store != null) {
              store.putState(name, value);
            }
            states++;
          }
          case "article" -> {
            StoredArticle a = value(record, "article", StoredArticle.class, at);
            if (a.article() == null || a.id() == null || a.id().isEmpty()) {
              throw at.malformed("an article without its id");
            }
            if (store != null) {
              store.add(a);
            }
            articles++;
            at.articles = articles;
            if (a.duplicate()) {
              duplicates++;
            }
            if (store != null && articles % COMMIT_EVERY == 0) {
              store.commit();
              at.committed = articles;
              progress.committed(articles, articles);
            }
          }
          case "event" -> {
            Event e = value(record, "event", Event.class, at);
            if (store != null) {
              store.put(e);
            }
            events++;
          }
          case "story" -> {
            Story s = value(record, "story", Story.class, at);
            if (store != null) {
              store.put(s);
            }
            stories++;
          }
          default ->
              throw at.malformed(
                  kind.isEmpty() ? "a record without kind" : "an unknown kind \"" + kind + "\"");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the export at line " + (at.line + 1) + ": " + e.getMessage() + at.sofar(),
          e);
    }
    if (header == null) {
      throw at.malformed("no header: the export is empty");
    }
    Counts read = new Counts(states, articles, duplicates, events, stories);
    if (!read.equals(header.counts())) {
      at.line++;
      throw at.malformed(
          "the export ends early or holds more than its header says: header "
              + header.counts()
              + ", read "
              + read);
    }
    if (store != null) {
      store.commit();
      at.committed = articles;
      progress.committed(articles, articles);
      StoreCounts now = store.counts();
      if (now.articles() != articles
          || now.duplicates() != duplicates
          || now.events() != events
          || now.stories() + now.mergedStories() != stories) {
        throw new StoreException(
            "the imported store counts "
                + now
                + " but the export held "
                + read
                + ": were some article ids in it twice?");
      }
    }
    return header;
  }

  private static Header header(JsonNode record, Position at) {
    int format = record.path("format").asInt(-1);
    if (format != FORMAT) {
      throw at.malformed(
          (record.has("format")
                  ? "an export in format " + record.path("format")
                  : "a header without its format")
              + "; this trame reads format "
              + FORMAT
              + (format > FORMAT ? ": import it with the trame that exported it, or a newer" : ""));
    }
    try {
      return new Header(
          format,
          record.path("trame").asText(""),
          Instant.parse(record.path("exported").asText()),
          Json.MAPPER.treeToValue(record.path("counts"), Counts.class));
    } catch (JsonProcessingException | RuntimeException e) {
      throw at.malformed("a header without its time or counts (" + e.getMessage() + ")");
    }
  }

  private static <T> T value(JsonNode record, String field, Class<T> type, Position at) {
    JsonNode json = record.get(field);
    if (json == null || !json.isObject()) {
      throw at.malformed("a record of kind " + field + " without its \"" + field + "\" object");
    }
    try {
      return Json.MAPPER.treeToValue(json, type);
    } catch (JsonProcessingException | RuntimeException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw at.malformed("not a valid " + field + " (" + why + ")");
    }
  }

  /** Where a read is, for its messages. */
  private static final class Position {
    private final Store store;
    long line;
    long articles;
    long committed;

    Position(Store store) {
      this.store = store;
    }

    MalformedExportException malformed(String problem) {
      return new MalformedExportException(line, "line " + line + ": " + problem + sofar());
    }

    String sofar() {
      if (store == null) {
        return "";
      }
      return committed == 0
          ? "; nothing was committed to the store"
          : "; the store holds the first "
              + committed
              + " articles of the export, committed, without their events and stories: remove it"
              + " before importing again";
    }
  }

  /** An export that cannot be read: the line at fault, and how far an import got. */
  public static final class MalformedExportException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public MalformedExportException(long line, String message) {
      super(message, null);
      this.line = line;
    }

    /** The number of the line at fault, from 1. */
    public long line() {
      return line;
    }
  }
}
