package org.trame.app.cli;

import java.io.PrintWriter;
import org.trame.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command tree. */
@Command(
    name = "trame",
    mixinStandardHelpOptions = true,
    versionProvider = TrameCommand.Version.class,
    description = "Tracks news stories: articles in, stories and their timelines out.",
    subcommands = {
      IngestCommand.class,
      WatchCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ArticleCommand.class,
      SearchCommand.class,
      StatusCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ReclusterCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Data directory: --data DIR, else $TRAME_DATA, else $XDG_DATA_HOME/trame, else"
          + " ~/.local/share/trame.",
      "Exit codes: 0 ok, 1 some inputs rejected (the others stored) or nothing found, 2 usage"
          + " error."
    })
public final class TrameCommand implements Runnable {

  /** Exit code when some inputs were rejected, or what was asked for does not exist. */
  public static final int EXIT_REJECTED = 1;

  /** Exit code for a usage error. */
  public static final int EXIT_USAGE = 2;

  /** Exit code when another process is writing to the data directory: worth trying later. */
  public static final int EXIT_BUSY = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /**
   * The configured command line: store and input/output errors become one clear line and exit code
   * 1, in one place for every command.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TrameCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof org.trame.store.StoreLockedException) {
        err.println("trame: " + e.getMessage());
        err.flush();
        return EXIT_BUSY;
      }
      if (e instanceof StoreException
          || e instanceof java.io.IOException
          || e instanceof java.io.UncheckedIOException) {
        err.println("trame: " + e.getMessage());
        err.flush();
        return EXIT_REJECTED;
      }
      throw e;
    });
    cli.setUsageHelpAutoWidth(true);
    return cli;
  }

  /** The version from the jar's manifest, when run from one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TrameCommand.class.getPackage().getImplementationVersion();
      return new String[] {"trame " + (v == null ? "(development build)" : v)};
    }
  }
}
