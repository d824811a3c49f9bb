package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Any bytes as JSON Lines: at most one article or rejection a line, at least one for the file,
 * rejections numbered with a line that exists, and no line longer than the limit let through.
 */
class JsonLinesReaderFuzzTest {

  private static final int MAX_LINE = 2_000;

  private final JsonLinesReader reader = new JsonLinesReader(MAX_LINE);

  @FuzzTest
  void anyBytes(byte[] data) throws IOException {
    InputFile input = new InputFile(Path.of("wire", "a.jsonl"), "a.jsonl", "wire", data.length);
    RecordingSink sink = new RecordingSink();

    reader.read(input, new ByteArrayInputStream(data), sink);

    FuzzChecks.wellFormed(sink, input, MAX_LINE);
    long lines = 1;
    for (byte b : data) {
      lines += b == '\n' ? 1 : 0;
    }
    assertThat((long) sink.articles.size() + sink.rejections.size()).isLessThanOrEqualTo(lines);
    for (RecordingSink.Rejection r : sink.rejections) {
      String where = r.origin().substring(input.origin().length());
      if (!where.isEmpty()) {
        assertThat(where).matches(":\\d+");
        assertThat(Long.parseLong(where.substring(1))).isBetween(1L, lines);
      }
    }
  }
}
