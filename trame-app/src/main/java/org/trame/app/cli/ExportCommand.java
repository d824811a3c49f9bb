package org.trame.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.trame.store.Migration;
import org.trame.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame export [--out FILE]} */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the whole store as JSON Lines, to move it to another store with 'trame import'"
          + " (embedded to OpenSearch and back): a header (format, trame version, time, counts),"
          + " then the named states, the articles in the order stored, the events and the stories,"
          + " one record a line, each with its \"kind\".",
      "Reads the store as a reader does: it may run beside an ingest, and exports what was"
          + " committed when it started."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write to FILE (gzip-compressed when its name ends in .gz) instead of standard output;"
              + " written beside it first, and moved into place once whole.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String version = new TrameCommand.Version().getVersion()[0].replaceFirst("^trame ", "");
    long started = System.nanoTime();
    Migration.Counts counts;
    try (Store store = data.location().openStoreForReading()) {
      if (out == null) {
        counts = Migration.export(store, System.out, version, Instant.now());
        System.out.flush();
      } else {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
          try (OutputStream file = open(partial)) {
            counts = Migration.export(store, file, version, Instant.now());
          }
          Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(partial);
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // the summary on standard error when standard output is the export itself
    PrintWriter say = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
    say.printf(
        Locale.ROOT,
        "exported %d articles (%d copies), %d events, %d stories, %d states from %s to %s"
            + " in %.1f s (%.0f articles/s)%n",
        counts.articles(),
        counts.duplicates(),
        counts.events(),
        counts.stories(),
        counts.states(),
        data.location(),
        out == null ? "standard output" : out,
        seconds,
        seconds > 0 ? counts.articles() / seconds : 0.0);
    say.flush();
    return 0;
  }

  private OutputStream open(Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    return out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
  }
}
