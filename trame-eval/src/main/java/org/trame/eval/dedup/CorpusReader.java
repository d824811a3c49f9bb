package org.trame.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trame.eval.data.JsonLinesFiles;
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
    if (limit <= 0) {
      return out;
    }
    JsonLinesFiles.read(
        file,
        (n, number) -> {
          String origin = file + ":" + number;
          try {
            JsonNode body = n.get("text");
            out.add(
                new CorpusArticle(
                    JsonLinesReader.toArticle(n, file.getFileName() + ":" + number, "", origin),
                    body == null || body.isNull() ? "" : body.asText()));
          } catch (IllegalArgumentException e) {
            throw new IOException(origin + ": not an article: " + e.getMessage(), e);
          }
          return out.size() < limit;
        });
    return out;
  }
}
