package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.eval.language.LanguageReport;
import org.trame.eval.language.LanguageSamples;
import org.trame.eval.language.LanguageSamples.Length;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval language [FILE…]} */
@Command(
    name = "language",
    mixinStandardHelpOptions = true,
    description = {
      "Scores trame's language detector on labelled texts: accuracy per language for whole"
          + " articles, their first 200 characters and their titles (sentences for NER files);"
          + " texts per second; what it adds to the distribution.",
      "A text left undetermined counts as a mistake.",
      "The comparison with lingua, its peer (not shipped with trame), on the same texts in the"
          + " same run, is `scripts/peer-bench language`; so is writing the profile from lingua's"
          + " models (--write-profile).",
      "With --json the last line is {\"samples\",\"detectors\":[{\"name\",\"accuracy\":{…},"
          + "\"by_language\",\"texts_per_s\",\"distribution_bytes\",\"model_bytes\",…}]}."
    })
final class EvalLanguageCommand implements Callable<Integer> {

  /** Where the comparison with lingua runs, since lingua does not ship. */
  static final String PEER_BENCH = "scripts/peer-bench language";

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = {
        "Articles JSONL (.jsonl[.gz], gold language in \"lang\") or HIPE TSV (.tsv, one sentence"
            + " a text, language from '# hipe2022:language').",
        "Default: RPM2 (fr), ECB+ (en), CL-TLS (es, it), OrangeSum (fr) and WikiNEuRal (fr)"
            + " from ../shared/eval."
      })
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N articles (or sentences) a file, spread over it; default 1000.")
  int limit = 1000;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Score trame's detector with this profile instead of the one it ships with.")
  Path profile;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    List<Path> inputs = files.isEmpty() ? defaultSet() : files;
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
      }
    }
    if (profile != null && !Files.isRegularFile(profile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such profile: " + profile);
    }
    List<LanguageSamples.Sample> samples = new ArrayList<>();
    for (Path p : inputs) {
      samples.addAll(LanguageSamples.read(p, limit));
    }
    if (samples.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no texts in " + inputs);
    }
    Set<String> languages = new TreeSet<>(LanguageReport.trameDetector(profile).languages());
    out.printf(
        Locale.ROOT,
        "%d texts from %d files; trame knows %d languages (%s)%n",
        samples.size(),
        inputs.size(),
        languages.size(),
        String.join(",", languages));
    LanguageReport.Run trame = LanguageReport.trame(profile, samples);
    Set<Length> lengths = LanguageReport.lengths(samples);
    LanguageReport.print(out, trame, lengths);
    out.println(
        "against lingua (its peer, not shipped), same texts, same run: `" + PEER_BENCH + "`");
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("samples", samples.size());
      ArrayNode detectors = node.putArray("detectors");
      detectors.add(LanguageReport.toJson(trame, lengths));
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private static List<Path> defaultSet() {
    Path eval = DemoCommand.home().resolve("../shared/eval").normalize();
    return LanguageSamples.PUBLIC_SETS.stream().map(eval::resolve).toList();
  }
}
