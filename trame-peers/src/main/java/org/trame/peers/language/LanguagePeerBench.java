package org.trame.peers.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.trame.eval.language.LanguageEvaluation;
import org.trame.eval.language.LanguageReport;
import org.trame.eval.language.LanguageSamples;
import org.trame.eval.language.LanguageSamples.Length;

/**
 * trame's language detector beside lingua, in its default and its low accuracy modes and restricted
 * to the languages trame knows, on the same labelled texts in the same run: accuracy per language
 * and length, texts per second, what each adds to the distribution, heap, and trame's ratios to
 * each. Also writes the profile trame's detector ships with, from lingua's models.
 *
 * <pre>
 * peer-bench language [FILE…] [--limit N] [--profile FILE] [--json]
 *                     [--write-profile FILE [--profile-languages CODES] [--profile-size N]]
 * </pre>
 */
public final class LanguagePeerBench {

  public static final String USAGE =
      "usage: peer-bench language [FILE…] [--limit N] [--profile FILE] [--json]\n"
          + "                           [--write-profile FILE [--profile-languages CODES]"
          + " [--profile-size N]]\n"
          + "  FILE: articles JSONL (gold language in \"lang\") or HIPE TSV; default RPM2, ECB+,"
          + " CL-TLS es/it, OrangeSum, WikiNEuRal from shared/eval\n"
          + "  --limit N: at most N articles (or sentences) a file, spread over it; default 1000\n"
          + "  --profile FILE: score trame's detector with this profile, not the shipped one\n"
          + "  --write-profile FILE: first write a profile derived from lingua's models (how the"
          + " shipped one is made), then score it\n"
          + "  --profile-languages CODES: its languages, default those shipped\n"
          + "  --profile-size N: trigrams kept per language; default 3000\n"
          + "  --json: end with one JSON line of the figures";

  /** The languages of the shipped profile, in its column order. */
  static final List<String> SHIPPED_LANGUAGES =
      List.of(
          "fr", "en", "es", "it", "de", "pt", "nl", "pl", "sv", "da", "ro", "ca", "cs", "hu", "fi",
          "tr", "id", "ru", "uk", "bg");

  private static final ObjectMapper JSON = new ObjectMapper();

  private LanguagePeerBench() {}

  /** What the command line asked for. */
  private record Options(
      List<Path> files,
      int limit,
      Path profile,
      Path writeProfile,
      List<String> profileLanguages,
      int profileSize,
      boolean json) {}

  /**
   * Runs the comparison.
   *
   * @param sharedEval where the default labelled set lies
   * @return the exit code: 0, or 2 for a usage error (told on {@code err})
   */
  public static int run(List<String> args, Path sharedEval, PrintWriter out, PrintWriter err)
      throws IOException {
    Options o;
    try {
      o = parse(args, sharedEval);
    } catch (IllegalArgumentException e) {
      err.println("peer-bench language: " + e.getMessage());
      err.println(USAGE);
      err.flush();
      return 2;
    }
    Path profile = o.profile();
    if (o.writeProfile() != null) {
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(o.writeProfile(), StandardCharsets.UTF_8))) {
        LanguageProfileBuilder.write(o.profileLanguages(), o.profileSize(), w);
      }
      profile = o.writeProfile();
      out.println("profile written to " + profile);
    }
    List<LanguageSamples.Sample> samples = new ArrayList<>();
    for (Path p : o.files()) {
      samples.addAll(LanguageSamples.read(p, o.limit()));
    }
    if (samples.isEmpty()) {
      err.println("peer-bench language: no texts in " + o.files());
      err.flush();
      return 2;
    }
    Set<String> languages = new TreeSet<>(LanguageReport.trameDetector(profile).languages());
    List<String> shared = languages.stream().filter(LinguaDetector::knows).toList();
    out.printf(
        Locale.ROOT,
        "%d texts from %d files; trame knows %d languages (%s), lingua is given the %d it"
            + " shares%n",
        samples.size(),
        o.files().size(),
        languages.size(),
        String.join(",", languages),
        shared.size());
    out.flush();
    long linguaJars = LinguaSizes.jarBytes();
    long linguaModels = LinguaSizes.models(Set.copyOf(shared));
    List<LanguageReport.Run> runs =
        List.of(
            LanguageReport.trame(profile, samples),
            new LanguageReport.Run(
                LanguageEvaluation.run(
                    "lingua", () -> LinguaDetector.highAccuracy(shared), samples),
                linguaJars,
                linguaModels),
            new LanguageReport.Run(
                LanguageEvaluation.run(
                    "lingua-low", () -> LinguaDetector.lowAccuracy(shared), samples),
                linguaJars,
                linguaModels));
    Set<Length> lengths = LanguageReport.lengths(samples);
    for (LanguageReport.Run r : runs) {
      LanguageReport.print(out, r, lengths);
    }
    LanguageReport.Run ours = runs.get(0);
    ObjectNode ratios = JSON.createObjectNode();
    for (LanguageReport.Run peer : runs.subList(1, runs.size())) {
      ratios.set(peer.result().name(), compare(out, ours, peer, lengths));
    }
    if (o.json()) {
      ObjectNode node = JSON.createObjectNode();
      node.put("samples", samples.size());
      ArrayNode detectors = node.putArray("detectors");
      for (LanguageReport.Run r : runs) {
        detectors.add(LanguageReport.toJson(r, lengths));
      }
      node.set("trame_against", ratios);
      out.println(JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  /** Prints trame's differences and ratios to one peer, and gives them as JSON. */
  private static ObjectNode compare(
      PrintWriter out, LanguageReport.Run ours, LanguageReport.Run peer, Set<Length> lengths) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode accuracy = node.putObject("accuracy_difference");
    out.printf(Locale.ROOT, "trame against %s, same run:%n", peer.result().name());
    for (Length l : lengths) {
      double difference = ours.result().accuracy(l) - peer.result().accuracy(l);
      out.printf(Locale.ROOT, "  %-9s accuracy %+.3f%n", l.label(), difference);
      accuracy.put(LanguageReport.key(l), LanguageReport.round(difference));
    }
    double speed = ours.result().textsPerSecond() / peer.result().textsPerSecond();
    double size = (double) ours.distributionBytes() / peer.distributionBytes();
    out.printf(Locale.ROOT, "  speed ×%.1f, distribution size ×%.4f%n", speed, size);
    node.put("speed_ratio", Math.round(speed * 10) / 10.0);
    node.put("distribution_ratio", LanguageReport.round(size));
    return node;
  }

  private static Options parse(List<String> args, Path sharedEval) {
    List<Path> files = new ArrayList<>();
    int limit = 1000;
    Path profile = null;
    Path writeProfile = null;
    List<String> profileLanguages = SHIPPED_LANGUAGES;
    int profileSize = 3000;
    boolean json = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> json = true;
        case "--limit" -> limit = positive(a, value(args, ++i, a));
        case "--profile" -> profile = Path.of(value(args, ++i, a));
        case "--write-profile" -> writeProfile = Path.of(value(args, ++i, a));
        case "--profile-languages" ->
            profileLanguages = Arrays.asList(value(args, ++i, a).split(","));
        case "--profile-size" -> profileSize = positive(a, value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          files.add(Path.of(a));
        }
      }
    }
    if (files.isEmpty()) {
      LanguageSamples.PUBLIC_SETS.forEach(f -> files.add(sharedEval.resolve(f)));
    }
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    if (profile != null && writeProfile != null) {
      throw new IllegalArgumentException("give --profile or --write-profile, not both");
    }
    if (profile != null && !Files.isRegularFile(profile)) {
      throw new IllegalArgumentException("no such profile: " + profile);
    }
    if (writeProfile == null
        && (profileSize != 3000 || !profileLanguages.equals(SHIPPED_LANGUAGES))) {
      throw new IllegalArgumentException(
          "--profile-languages and --profile-size go with --write-profile");
    }
    for (String code : profileLanguages) {
      if (!LinguaDetector.knows(code)) {
        throw new IllegalArgumentException("lingua has no language " + code);
      }
    }
    return new Options(
        List.copyOf(files),
        limit,
        profile,
        writeProfile,
        List.copyOf(profileLanguages),
        profileSize,
        json);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new IllegalArgumentException(option + " must be a whole number of at least 1: " + value);
  }
}
