package org.trame.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The fixtures under {@code src/test/resources/ingest}. */
final class Resources {

  private Resources() {}

  static Path ingest(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Resources.class.getResource("/ingest/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
