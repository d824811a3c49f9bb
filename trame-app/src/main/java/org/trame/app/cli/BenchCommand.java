package org.trame.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code trame bench …}: speed and memory, always against a peer in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures speed and memory against a peer in the same run; prints figures and ratios.",
    subcommands = {
      BenchIngestCommand.class,
      BenchExtractionCommand.class,
      BenchApiCommand.class,
      BenchWarcCommand.class,
      BenchClusterCommand.class
    })
final class BenchCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is needed");
  }
}
