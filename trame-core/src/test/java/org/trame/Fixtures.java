package org.trame;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the test fixtures and the shared evaluation data are. */
public final class Fixtures {

  private Fixtures() {}

  /** A folder or file under {@code src/test/resources/fixtures}. */
  public static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Fixtures.class.getResource("/fixtures/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ../shared/<name>} beside the project, when it is there (it is in CI). */
  public static Optional<Path> shared(String name) {
    String base = System.getProperty("trame.shared", "../shared");
    Path p = Path.of(base, name);
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }
}
