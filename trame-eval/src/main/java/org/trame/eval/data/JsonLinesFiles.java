package org.trame.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The lines of an evaluation set's JSON Lines file (gzipped or not), parsed, in file order. */
public final class JsonLinesFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Takes one parsed line; returns whether to go on. */
  @FunctionalInterface
  public interface LineHandler {
    boolean take(JsonNode line, long number) throws IOException;
  }

  private JsonLinesFiles() {}

  /**
   * Hands each non-blank line of {@code file} to {@code handler} until it says stop; a line that is
   * not JSON stops the read with a message naming the file and the line.
   */
  public static void read(Path file, LineHandler handler) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + number + ": not an article: " + e.getMessage(), e);
        }
        if (!handler.take(node, number)) {
          return;
        }
      }
    }
  }
}
