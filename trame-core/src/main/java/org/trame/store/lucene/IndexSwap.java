package org.trame.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replaces a store's index with one built beside it (a recluster), so that a crash at any moment
 * leaves either the old index or the new one, never none and never a mix. The new index is renamed
 * to {@value #READY} only once committed and closed; from then on it is the store's index, and an
 * interrupted replacement is finished by the next {@link #recover}.
 */
public final class IndexSwap {

  /** The folder, inside a data directory, where a replacement store is built. */
  public static final String SCRATCH = "recluster";

  static final String INDEX = "index";

  static final String READY = "index.ready";

  static final String RETIRED = "index.retired";

  private IndexSwap() {}

  /**
   * Makes the store built in {@code scratch} (committed and closed) the store of {@code dataDir}.
   * No process may have {@code dataDir} open for writing.
   */
  public static void replace(Path dataDir, Path scratch) throws IOException {
    Files.move(scratch.resolve(INDEX), dataDir.resolve(READY), StandardCopyOption.ATOMIC_MOVE);
    recover(dataDir);
    deleteTree(scratch);
  }

  /** Finishes a replacement a crash interrupted; does nothing when there is none. */
  public static void recover(Path dataDir) throws IOException {
    Path ready = dataDir.resolve(READY);
    Path index = dataDir.resolve(INDEX);
    Path retired = dataDir.resolve(RETIRED);
    if (Files.isDirectory(ready)) {
      if (Files.exists(index)) {
        deleteTree(retired);
        Files.move(index, retired, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(ready, index, StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(retired);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
