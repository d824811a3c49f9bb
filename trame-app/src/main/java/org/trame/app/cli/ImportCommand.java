package org.trame.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.trame.store.Migration;
import org.trame.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame import FILE} */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads what 'trame export' wrote into an empty store: the articles as they were stored (ids,"
          + " copies, stories, events, analysis; the pipeline does not run again), committed every"
          + " 1000, then the events, stories and named states.",
      "The file (gzipped or not) is checked whole first: a malformed line, an unknown kind or a"
          + " file that ends early is named by its line and nothing is written. A non-empty store"
          + " is refused."
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(
      paramLabel = "FILE",
      description =
          "The export to read, gzipped or not; '-' for standard input (then not checked first).")
  String file;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean stdin = file.equals("-");
    long started = System.nanoTime();
    if (!stdin) {
      try (InputStream in = open(Path.of(file))) {
        Migration.check(in);
      } catch (Migration.MalformedExportException e) {
        throw new Migration.MalformedExportException(
            e.line(), e.getMessage() + "; nothing was written to " + data.location());
      }
    }
    long checked = System.nanoTime();
    Migration.Header header;
    try (Store store = data.location().openStoreForWriting();
        InputStream in = stdin ? open(System.in) : open(Path.of(file))) {
      boolean terminal = System.console() != null;
      header =
          Migration.importInto(
              store,
              in,
              (articles, committed) -> {
                if (terminal) {
                  err.printf("committed %d articles%n", committed);
                  err.flush();
                }
              });
    }
    long done = System.nanoTime();
    double seconds = (done - checked) / 1e9;
    Migration.Counts c = header.counts();
    out.printf(
        Locale.ROOT,
        "imported %d articles (%d copies), %d events, %d stories, %d states into %s"
            + " in %.1f s (%.0f articles/s; checked first in %.1f s)%n",
        c.articles(),
        c.duplicates(),
        c.events(),
        c.stories(),
        c.states(),
        data.location(),
        seconds,
        seconds > 0 ? c.articles() / seconds : 0.0,
        (checked - started) / 1e9);
    out.flush();
    return 0;
  }

  private static InputStream open(Path path) throws IOException {
    return open(Files.newInputStream(path));
  }

  /** Gunzips when the stream starts as gzip does, whatever the file is called. */
  private static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
