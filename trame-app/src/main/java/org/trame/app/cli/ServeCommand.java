package org.trame.app.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import org.trame.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame serve [--port N] [--host H]} */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the stories on the web until stopped: a page to browse them at /, and a read-only"
          + " JSON API under /api (the same JSON as --json).",
      "Routes: /api/status, /api/stories[?q=&entity=&source=&lang=&from=&to=&sort=&limit=&offset=],"
          + " /api/stories/ID[?as_of=YYYY-MM-DD], /api/articles/ID, /api/search?q=WORDS."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(
      names = "--host",
      paramLabel = "H",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to"
              + " the network, with no access control).")
  String host = "127.0.0.1";

  @Option(
      names = "--allow-ingest",
      description =
          "Take articles posted to /api/articles (JSON as in JSON Lines, or an HTML page) and"
              + " ingest them into the store; off by default, as anyone who reaches the port could.")
  boolean allowIngest;

  @Option(
      names = "--watch",
      paramLabel = "FILE",
      description =
          "Also watch the feeds and folders FILE lists (as 'trame watch --config FILE') in this"
              + " process; posted articles (--allow-ingest) then go through its writer between"
              + " its rounds.")
  java.nio.file.Path watch;

  @Option(
      names = "--allow-private-addresses",
      description = "With --watch: let feeds and pages reach loopback and private addresses.")
  boolean allowPrivateAddresses;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port: expected 0 to 65535, got " + port);
    }
    org.trame.watch.WatchConfig watching = null;
    if (watch != null) {
      try {
        watching = org.trame.watch.WatchConfig.read(watch);
      } catch (org.trame.watch.WatchConfig.InvalidConfigException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    WebServer server;
    try {
      server =
          WebServer.start(
              data.location(),
              host,
              port,
              allowIngest,
              watching,
              org.trame.ingest.FetchPolicy.standard().withPrivateAddresses(allowPrivateAddresses));
    } catch (BindException e) {
      spec.commandLine().getErr().println("trame: " + e.getMessage());
      return TrameCommand.EXIT_REJECTED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "trame-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("trame serving " + data.location() + " at " + server.url() + " (Ctrl-C to stop)");
    out.flush();
    server.awaitClose();
    return 0;
  }
}
