package org.trame.eval.language;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trame.clean.LanguageDetector;
import org.trame.clean.ProfileLanguageDetector;
import org.trame.eval.language.LanguageSamples.Length;
import org.trame.eval.language.LanguageSamples.Sample;

/**
 * One detector's figures as {@code trame eval language} and {@code peer-bench language} print them:
 * a table of accuracy per language and length with speed, size and heap, and the same figures as
 * JSON. Both commands share it so that their tables read alike.
 */
public final class LanguageReport {

  /**
   * A detector's run and what it costs to ship.
   *
   * @param distributionBytes what it adds to the distribution (jars, or profile and classes)
   * @param modelBytes its models, uncompressed
   */
  public record Run(LanguageEvaluation.Result result, long distributionBytes, long modelBytes) {}

  private LanguageReport() {}

  /**
   * Runs trame's detector, over {@code profile} or the shipped profile when null, on the samples.
   *
   * @throws IOException when the size of the profile cannot be read
   */
  public static Run trame(Path profile, List<Sample> samples) throws IOException {
    return new Run(
        LanguageEvaluation.run("trame", () -> trameDetector(profile), samples),
        ArtifactSizes.trameDetector(),
        ArtifactSizes.profile(profile));
  }

  /** trame's detector over {@code profile}, or over the shipped one when null. */
  public static LanguageDetector trameDetector(Path profile) {
    try (InputStream in =
        profile != null
            ? Files.newInputStream(profile)
            : ProfileLanguageDetector.class.getResourceAsStream(ProfileLanguageDetector.PROFILE)) {
      return ProfileLanguageDetector.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the profile " + (profile == null ? "" : profile) + ": " + e.getMessage(), e);
    }
  }

  /** The lengths present in the samples, in their natural order. */
  public static Set<Length> lengths(List<Sample> samples) {
    EnumSet<Length> lengths = EnumSet.noneOf(Length.class);
    samples.forEach(s -> lengths.add(s.length()));
    return lengths;
  }

  /** The table of one run: a line of speed and size, then accuracy per language and length. */
  public static void print(PrintWriter out, Run run, Set<Length> lengths) {
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

  /**
   * {"name","accuracy":{length…},"by_language":{code:{length:{"texts","accuracy","undetermined",
   * "mean_chars"}}},"texts_per_s","distribution_bytes","model_bytes","heap_bytes","mistakes"}
   */
  public static ObjectNode toJson(Run run, Set<Length> lengths) {
    LanguageEvaluation.Result r = run.result();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", r.name());
    ObjectNode accuracy = node.putObject("accuracy");
    for (Length l : lengths) {
      accuracy.put(key(l), round(r.accuracy(l)));
    }
    ObjectNode byLanguage = node.putObject("by_language");
    for (LanguageEvaluation.Cell c : r.cells()) {
      ObjectNode cell =
          (byLanguage.has(c.language())
                  ? (ObjectNode) byLanguage.get(c.language())
                  : byLanguage.putObject(c.language()))
              .putObject(key(c.length()));
      cell.put("texts", c.texts());
      cell.put("accuracy", round(c.accuracy()));
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

  /**
   * The JSON key of a length: {@code article}, {@code first_200}, {@code title}, {@code sentence}.
   */
  public static String key(Length l) {
    return l.name().toLowerCase(Locale.ROOT);
  }

  /** Four decimals, as the other eval commands print them. */
  public static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
