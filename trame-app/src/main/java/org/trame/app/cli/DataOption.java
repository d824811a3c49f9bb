package org.trame.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trame.app.StoreLocation;
import org.trame.store.opensearch.OpenSearchAddress;
import picocli.CommandLine.Option;

/** {@code --data DIR} and {@code --store ADDRESS}, shared by every command. */
public final class DataOption {

  @Option(
      names = "--store",
      paramLabel = "ADDRESS",
      description =
          "An OpenSearch store instead of the data directory:"
              + " opensearch://[user:password@]host:port[,host:port...][/prefix][?shards=N],"
              + " or opensearchs://...[?ca=FILE] for HTTPS, FILE the cluster's CA certificate"
              + " (PEM; else the JVM's trust store); or @FILE, a file that holds the address"
              + " (its first line not blank nor a # comment: keeps a password out of command"
              + " lines); see docs/opensearch.md (default: $TRAME_STORE, else the data"
              + " directory).")
  String store;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory (default: $TRAME_DATA, else $XDG_DATA_HOME/trame, else"
              + " ~/.local/share/trame).")
  Path data;

  /**
   * Where the store is: the OpenSearch address given (option, else $TRAME_STORE), else the data
   * directory.
   *
   * @throws IllegalArgumentException when the address is not one
   */
  public StoreLocation location() {
    String address = store;
    if (address == null || address.isBlank()) {
      String fromEnvironment = System.getenv("TRAME_STORE");
      address = fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }
    if (address != null && address.strip().startsWith("@")) {
      address = fromFile(Path.of(address.strip().substring(1)));
    }
    if (address != null && data == null) {
      return new StoreLocation.OpenSearch(OpenSearchAddress.parse(address.strip()));
    }
    if (address != null && store != null) {
      throw new IllegalArgumentException("--data and --store name two stores: give one");
    }
    return StoreLocation.of(dir());
  }

  /** The address a store file holds: its first line that is neither blank nor a # comment. */
  static String fromFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the store address in " + file + ": " + describe(e));
    }
    return lines.stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .findFirst()
        .orElseThrow(() ->
            new IllegalArgumentException(
                file + " holds no store address (opensearch://host:port/prefix on a line)"));
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
  }

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
