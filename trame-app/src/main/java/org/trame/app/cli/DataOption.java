package org.trame.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command. */
public final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory (default: $TRAME_DATA, else $XDG_DATA_HOME/trame, else"
              + " ~/.local/share/trame).")
  Path data;

  /** The directory to use: the option, else the documented per-user default. */
  public Path dir() {
    return data != null ? data : defaultDir();
  }

  static Path defaultDir() {
    String explicit = System.getenv("TRAME_DATA");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "trame");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "trame");
  }
}
