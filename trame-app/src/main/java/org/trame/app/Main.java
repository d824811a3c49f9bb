package org.trame.app;

import org.trame.app.cli.TrameCommand;

/**
 * {@code trame}: the command line. Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage.
 */
public final class Main {

  /**
   * Lucene says at start-up that it could use the incubating Vector API: true, and not news to a
   * user running a command. Held in a field: the logging framework keeps loggers weakly.
   */
  private static final java.util.logging.Logger QUIET_LUCENE =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    QUIET_LUCENE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(TrameCommand.commandLine().execute(args));
  }
}
