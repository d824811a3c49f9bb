package org.trame.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code trame eval …}: quality measured on public data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on labelled public data (see ../shared/eval/README.md).",
    subcommands = {
      EvalClusteringCommand.class,
      EvalTimexCommand.class,
      EvalExtractionCommand.class,
      EvalCleaningCommand.class,
      EvalLanguageCommand.class,
      EvalNerCommand.class,
      EvalDuplicatesCommand.class,
      EvalTrainStoryModelCommand.class,
      EvalTimelineCommand.class
    })
final class EvalCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an evaluation is needed");
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
