package org.trame.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline written by people for the articles of one gold story: {@code {"story", "lang",
 * "entries": [{"date": "YYYY-MM-DD", "text"}]}}.
 */
public record ReferenceTimeline(String name, String story, String lang, List<Entry> entries) {

  /** One dated line of a timeline. */
  public record Entry(LocalDate date, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public ReferenceTimeline {
    entries = List.copyOf(entries);
  }

  /**
   * @throws IOException naming the file and what is wrong in it
   */
  public static ReferenceTimeline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a timeline JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("story").isTextual() || !root.path("entries").isArray()) {
      throw new IOException(file + ": a timeline needs \"story\" and an \"entries\" array");
    }
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    for (JsonNode e : root.path("entries")) {
      try {
        entries.add(new Entry(LocalDate.parse(e.path("date").asText()), e.path("text").asText("")));
      } catch (DateTimeParseException ex) {
        throw new IOException(
            file + ": entry " + i + ": date '" + e.path("date").asText() + "' is not YYYY-MM-DD",
            ex);
      }
      i++;
    }
    String name = file.getFileName().toString();
    return new ReferenceTimeline(
        name, root.path("story").asText(), root.path("lang").asText(""), entries);
  }

  /** Its distinct dates. */
  public java.util.Set<LocalDate> dates() {
    java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
    entries.forEach(e -> dates.add(e.date()));
    return dates;
  }
}
