package org.trame.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame bench ner FILE.tsv… [--types pers,org,loc]} */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tags HIPE-2022 TSV files with trame's entity tagger and with Stanford CoreNLP's French CRF"
          + " in one JVM, one thread each, and prints tokens/s for both, their ratio, and both"
          + " taggers' strict and fuzzy F1 from the same scorer.",
      "CoreNLP is GPL: it never joins this application's class path. This command runs"
          + " scripts/bench-ner.sh, which runs the comparison in trame-eval's test scope (Maven"
          + " profile 'corenlp'; the first run downloads CoreNLP and its French models, 290 MB)."
    })
final class BenchNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "HIPE-2022 TSV files.")
  List<Path> files;

  @Option(
      names = "--types",
      paramLabel = "TYPES",
      description = "HIPE coarse types to score, comma-separated (default: pers,org,loc).")
  String types = "pers,org,loc";

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EvalNerCommand.scoredTypes(List.of(types.split(",")), spec);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    String home = System.getProperty("trame.home");
    Path script = home == null ? null : Path.of(home, "scripts", "bench-ner.sh");
    if (script == null || !Files.isExecutable(script)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "the comparison needs trame's source tree (scripts/bench-ner.sh): run it through the"
              + " ./trame launcher of a checkout");
    }
    List<String> command = new ArrayList<>(List.of(script.toString(), "--types", types));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    out.println("running " + String.join(" ", command));
    out.flush();
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
