package org.trame.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A directory for a store that lives as long as one command, unless the user asked to keep it. */
final class WorkDirectory implements AutoCloseable {

  private final Path path;
  private final boolean keep;

  private WorkDirectory(Path path, boolean keep) {
    this.path = path;
    this.keep = keep;
  }

  static WorkDirectory create(String prefix) throws IOException {
    return new WorkDirectory(Files.createTempDirectory(prefix), false);
  }

  /**
   * {@code kept} when given (it must not exist: a measurement starts from nothing), else a
   * temporary directory.
   */
  static WorkDirectory createOrKeep(Path kept, String prefix, CommandSpec spec) throws IOException {
    if (kept == null) {
      return create(prefix);
    }
    if (Files.exists(kept)) {
      throw new ParameterException(
          spec.commandLine(), kept + " exists: --data needs a directory that does not exist yet");
    }
    return new WorkDirectory(kept, true);
  }

  Path path() {
    return path;
  }

  /** Deletes {@code dir} and everything in it; a missing directory is fine. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!keep) {
      deleteTree(path);
    }
  }
}
