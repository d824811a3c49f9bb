package org.trame.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.trame.ingest.JsonLinesReader;

/** Reads an articles JSONL (gzipped or not) into {@link CorpusArticle}s, in file order. */
public final class CorpusReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusReader() {}

  /**
   * At most {@code limit} articles; a line that is not an article stops the read with a message
   * naming the file and the line.
   */
  public static List<CorpusArticle> read(Path file, int limit) throws IOException {
    List<CorpusArticle> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null && out.size() < limit) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String origin = file + ":" + number;
        try {
          JsonNode n = JSON.readTree(line);
          JsonNode body = n.get("text");
          out.add(
              new CorpusArticle(
                  JsonLinesReader.toArticle(n, file.getFileName() + ":" + number, "", origin),
                  body == null || body.isNull() ? "" : body.asText()));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(origin + ": not an article: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
