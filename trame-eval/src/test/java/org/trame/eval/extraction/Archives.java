package org.trame.eval.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives of pages made in the tests, as the OrangeSum sample is laid out. */
public final class Archives {

  private Archives() {}

  /** Writes a .tar.gz holding ENTRIES (name → bytes); a name ending in / is a folder. */
  public static Path tarGz(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getKey().endsWith("/") ? 0 : e.getValue().length);
        tar.putArchiveEntry(entry);
        if (!e.getKey().endsWith("/")) {
          tar.write(e.getValue());
        }
        tar.closeArchiveEntry();
      }
    }
    return file;
  }
}
