package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.trame.app.view.JsonViews;
import org.trame.clean.LanguageDetector;
import org.trame.clean.ProfileLanguageDetector;
import org.trame.eval.language.ArtifactSizes;
import org.trame.eval.language.LanguageEvaluation;
import org.trame.eval.language.LanguageProfileBuilder;
import org.trame.eval.language.LanguageSamples;
import org.trame.eval.language.LanguageSamples.Length;
import org.trame.eval.language.LinguaDetector;
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
      "Scores trame's language detector and lingua (restricted to the same languages, in its"
          + " default and its low accuracy modes) on labelled texts, in the same run: accuracy"
          + " per language for whole articles, their first 200 characters and their titles"
          + " (sentences for NER files); texts per second; what each adds to the distribution.",
      "A text left undetermined counts as a mistake.",
      "With --json the last line is {\"samples\",\"detectors\":[{\"name\",\"accuracy\":{…},"
          + "\"by_language\",\"texts_per_s\",\"distribution_bytes\",\"model_bytes\",…}]}."
    })
final class EvalLanguageCommand implements Callable<Integer> {

  /** The public sets of ../shared/eval that make the default labelled set. */
  static final List<String> DEFAULT_SET =
      List.of(
          "clustering/rpm2-fr.dev.jsonl.gz",
          "clustering/ecbplus-en.dev.jsonl.gz",
          "timelines/cltls-es.articles.dev.jsonl.gz",
          "timelines/cltls-it.articles.dev.jsonl.gz",
          "corpus/orangesum-fr.jsonl.gz",
          "ner/wikineural-fr-val.tsv");

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

  @Option(
      names = "--write-profile",
      paramLabel = "FILE",
      description =
          "First write a profile derived from lingua's models to FILE (how the shipped one was"
              + " made), then score it.")
  Path writeProfile;

  @Option(
      names = "--profile-languages",
      paramLabel = "CODES",
      split = ",",
      description =
          "With --write-profile: its languages; default those shipped:"
              + " fr,en,es,it,de,pt,nl,pl,sv,da,ro,ca,cs,hu,fi,tr,id,ru,uk,bg.")
  List<String> profileLanguages =
      List.of(
          "fr", "en", "es", "it", "de", "pt", "nl", "pl", "sv", "da", "ro", "ca", "cs", "hu", "fi",
          "tr", "id", "ru", "uk", "bg");

  @Option(
      names = "--profile-size",
      paramLabel = "N",
      description = "With --write-profile: trigrams kept per language; default 3000.")
  int profileSize = 3000;

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
    if (writeProfile != null) {
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(writeProfile, StandardCharsets.UTF_8))) {
        LanguageProfileBuilder.write(profileLanguages, profileSize, w);
      }
      profile = writeProfile;
      out.println("profile written to " + writeProfile);
    }
    List<LanguageSamples.Sample> samples = new ArrayList<>();
    for (Path p : inputs) {
      samples.addAll(LanguageSamples.read(p, limit));
    }
    if (samples.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no texts in " + inputs);
    }
    Supplier<LanguageDetector> trame = this::trameDetector;
    Set<String> languages = new TreeSet<>(trame.get().languages());
    List<String> shared = languages.stream().filter(LinguaDetector::knows).toList();
    out.printf(
        Locale.ROOT,
        "%d texts from %d files; trame knows %d languages (%s), lingua is given the %d it"
            + " shares%n",
        samples.size(),
        inputs.size(),
        languages.size(),
        String.join(",", languages),
        shared.size());
    Set<String> sharedSet = Set.copyOf(shared);
    List<Run> runs =
        List.of(
            new Run(
                LanguageEvaluation.run("trame", trame, samples),
                ArtifactSizes.trameDetector(),
                profileBytes()),
            new Run(
                LanguageEvaluation.run(
                    "lingua", () -> LinguaDetector.highAccuracy(shared), samples),
                linguaJarBytes(),
                ArtifactSizes.linguaModels(sharedSet)),
            new Run(
                LanguageEvaluation.run(
                    "lingua-low", () -> LinguaDetector.lowAccuracy(shared), samples),
                linguaJarBytes(),
                ArtifactSizes.linguaModels(sharedSet)));
    EnumSet<Length> lengths = EnumSet.noneOf(Length.class);
    samples.forEach(s -> lengths.add(s.length()));
    for (Run run : runs) {
      print(out, run, lengths);
    }
    Run ours = runs.get(0);
    Run lingua = runs.get(1);
    out.printf(Locale.ROOT, "trame against lingua, same run:%n");
    for (Length l : lengths) {
      out.printf(
          Locale.ROOT,
          "  %-9s accuracy %+.3f%n",
          l.label(),
          ours.result().accuracy(l) - lingua.result().accuracy(l));
    }
    out.printf(
        Locale.ROOT,
        "  speed ×%.1f, distribution size ×%.4f%n",
        ours.result().textsPerSecond() / lingua.result().textsPerSecond(),
        (double) ours.distributionBytes() / lingua.distributionBytes());
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("samples", samples.size());
      ArrayNode detectors = node.putArray("detectors");
      for (Run run : runs) {
        detectors.add(toJson(run, lengths));
      }
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private record Run(LanguageEvaluation.Result result, long distributionBytes, long modelBytes) {}

  private LanguageDetector trameDetector() {
    try (InputStream in =
        profile != null
            ? Files.newInputStream(profile)
            : ProfileLanguageDetector.class.getResourceAsStream(ProfileLanguageDetector.PROFILE)) {
      return ProfileLanguageDetector.load(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot read the profile " + (profile == null ? "" : profile) + ": " + e.getMessage(), e);
    }
  }

  private long profileBytes() throws IOException {
    if (profile != null) {
      return Files.size(profile);
    }
    try (InputStream in =
        ProfileLanguageDetector.class.getResourceAsStream(ProfileLanguageDetector.PROFILE)) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private static long linguaJarBytes() {
    return ArtifactSizes.linguaJars().values().stream().mapToLong(Long::longValue).sum();
  }

  private static List<Path> defaultSet() {
    Path eval = DemoCommand.home().resolve("../shared/eval").normalize();
    return DEFAULT_SET.stream().map(eval::resolve).toList();
  }

  private static void print(PrintWriter out, Run run, Set<Length> lengths) {
    LanguageEvaluation.Result r = run.result();
    out.printf(
        Locale.ROOT,
        "%s: %.0f texts/s; adds %.1f MB to the distribution (models %.1f MB); heap ≈ %.0f MB%n",
        r.name(),
        r.textsPerSecond(),
        run.distributionBytes() / 1e6,
        run.modelBytes() / 1e6,
        r.heapBytes() / 1e6);
    StringBuilder header = new StringBuilder("  language");
    for (Length l : lengths) {
      header.append(String.format(Locale.ROOT, " %18s", l.label()));
    }
    out.println(header);
    for (String language : new TreeSet<>(r.cells().stream().map(c -> c.language()).toList())) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-8s", language));
      for (Length l : lengths) {
        LanguageEvaluation.Cell c =
            r.cells().stream()
                .filter(x -> x.language().equals(language) && x.length() == l)
                .findFirst()
                .orElse(null);
        row.append(
            c == null
                ? String.format(Locale.ROOT, " %18s", "-")
                : String.format(
                    Locale.ROOT, " %6.3f (%4d, %4.0fc)", c.accuracy(), c.texts(), c.meanChars()));
      }
      out.println(row);
    }
    StringBuilder all = new StringBuilder(String.format(Locale.ROOT, "  %-8s", "all"));
    for (Length l : lengths) {
      all.append(String.format(Locale.ROOT, " %6.3f%12s", r.accuracy(l), ""));
    }
    out.println(all);
    StringBuilder mistakes = new StringBuilder("  commonest mistakes:");
    r.mistakes().entrySet().stream()
        .limit(6)
        .forEach(e -> mistakes.append(' ').append(e.getKey()).append(" ×").append(e.getValue()));
    out.println(mistakes);
  }

  private static ObjectNode toJson(Run run, Set<Length> lengths) {
    LanguageEvaluation.Result r = run.result();
    ObjectNode node = JsonViews.JSON.createObjectNode();
    node.put("name", r.name());
    ObjectNode accuracy = node.putObject("accuracy");
    for (Length l : lengths) {
      accuracy.put(key(l), EvalCommand.round(r.accuracy(l)));
    }
    ObjectNode byLanguage = node.putObject("by_language");
    for (LanguageEvaluation.Cell c : r.cells()) {
      ObjectNode cell =
          (byLanguage.has(c.language())
                  ? (ObjectNode) byLanguage.get(c.language())
                  : byLanguage.putObject(c.language()))
              .putObject(key(c.length()));
      cell.put("texts", c.texts());
      cell.put("accuracy", EvalCommand.round(c.accuracy()));
      cell.put("undetermined", c.undetermined());
      cell.put("mean_chars", Math.round(c.meanChars()));
    }
    node.put("texts_per_s", Math.round(r.textsPerSecond()));
    node.put("distribution_bytes", run.distributionBytes());
    node.put("model_bytes", run.modelBytes());
    node.put("heap_bytes", r.heapBytes());
    ObjectNode mistakes = node.putObject("mistakes");
    for (Map.Entry<String, Integer> e : r.mistakes().entrySet()) {
      mistakes.put(e.getKey(), e.getValue());
    }
    return node;
  }

  private static String key(Length l) {
    return l.name().toLowerCase(Locale.ROOT);
  }
}
