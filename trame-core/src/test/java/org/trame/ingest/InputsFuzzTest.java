package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Any bytes as a file given to ingest, through format sniffing and transparent gzip: whatever the
 * content and name, {@link Inputs} lets no exception out and says something about the file. The
 * first byte chooses the file name (a hint only) and whether the rest is gzipped; seeds are that
 * byte followed by a file.
 */
class InputsFuzzTest {

  private static final List<String> NAMES =
      List.of("a.txt", "a.jsonl", "a.html", "a.warc", "a.xml", "a", "a.json", "a.rss");

  private static final Path DIR = FuzzChecks.scratch("inputs");

  private final Inputs inputs = new Inputs();

  @FuzzTest
  void anyFile(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    int choice = data[0] & 0xFF;
    byte[] content = Arrays.copyOfRange(data, 1, data.length);
    boolean gzip = (choice & 1) != 0;
    String name =
        NAMES.get((choice >> 1) % NAMES.size()) + (gzip && (choice & 0x80) != 0 ? ".gz" : "");
    if (gzip) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(content);
      }
      content = out.toByteArray();
    }
    Files.createDirectories(DIR);
    try (var old = Files.list(DIR)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    Path file = DIR.resolve(name);
    Files.write(file, content);
    RecordingSink sink = new RecordingSink();

    List<InputFile> files = inputs.list(List.of(file), sink);
    inputs.read(files, sink, (done, total) -> {});

    assertThat(files).hasSize(1);
    FuzzChecks.wellFormed(sink, files.get(0), Math.max(16_000, 2L * data.length));
  }
}
