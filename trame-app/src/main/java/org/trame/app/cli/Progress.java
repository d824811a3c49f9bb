package org.trame.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.trame.IngestListener;
import org.trame.IngestReport;

/**
 * A progress bar on standard error while an ingest runs, drawn only when standard error is a
 * terminal; rejections are printed as they happen, one line each, naming the input.
 */
final class Progress implements IngestListener {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean draw;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, boolean draw) {
    this.err = err;
    this.draw = draw;
  }

  /** Draws only when a person is watching: standard error on a terminal. */
  static Progress to(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  @Override
  public void progress(long done, long total, long stored) {
    if (!draw) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = (now - started) / 1e9;
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %3.0f%%  %,d articles  %.0f/s ",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        fraction * 100,
        stored,
        seconds > 0 ? stored / seconds : 0.0);
    err.flush();
    drawn = true;
  }

  @Override
  public void rejected(IngestReport.Rejection rejection) {
    clear();
    err.println("rejected " + rejection);
    err.flush();
  }

  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
