package org.trame.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trame.extract.Extractor;

/**
 * Runs an {@link Extractor} over the article extraction benchmark's layout ({@code DIR/html/<id>
 * .html.gz} and {@code DIR/ground-truth.json}, {@code {"<id>": {"articleBody": …, "url": …}}}) and
 * scores it with {@link ExtractionScorer}. Only extraction is timed, not reading the files.
 */
public final class ExtractionEvaluation {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String SUFFIX = ".html.gz";

  private ExtractionEvaluation() {}

  /**
   * One page's outcome.
   *
   * @param id the file name without {@code .html.gz}
   * @param score its overlap with the ground truth
   * @param nanos time inside {@link Extractor#extract}
   */
  public record PageResult(String id, ExtractionScorer.PageScore score, long nanos) {}

  /** The figures of one run. */
  public record Result(ExtractionScorer.Score score, List<PageResult> pages) {

    public Result {
      pages = List.copyOf(pages);
    }

    public double precision() {
      return score.precision();
    }

    public double recall() {
      return score.recall();
    }

    public double f1() {
      return score.f1();
    }

    public long extractionNanos() {
      return pages.stream().mapToLong(PageResult::nanos).sum();
    }

    public double msPerPage() {
      return pages.isEmpty() ? 0 : extractionNanos() / 1e6 / pages.size();
    }
  }

  /** Whether {@code dir} is laid out as the benchmark: an html folder and the ground truth. */
  public static boolean isBenchmark(Path dir) {
    return Files.isDirectory(dir.resolve("html"))
        && Files.isRegularFile(dir.resolve("ground-truth.json"));
  }

  /**
   * Extracts every page of the ground truth and scores it.
   *
   * @param predictionsOut where to write what was extracted, in the ground truth's format; null for
   *     nowhere
   * @throws IllegalArgumentException when {@code dir} is not laid out as the benchmark
   * @throws IOException naming the file that could not be read
   */
  public static Result run(Path dir, Extractor extractor, Path predictionsOut) throws IOException {
    if (!isBenchmark(dir)) {
      throw new IllegalArgumentException(
          dir + " is not an extraction benchmark: it needs html/ and ground-truth.json");
    }
    JsonNode truth;
    try {
      truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    } catch (IOException e) {
      throw new IOException("cannot read " + dir.resolve("ground-truth.json") + ": " + e, e);
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("html"))) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .filter(truth::has)
          .sorted()
          .forEach(ids::add);
    }
    List<PageResult> results = new ArrayList<>();
    List<ExtractionScorer.PageScore> scores = new ArrayList<>();
    ObjectNode predictions = JSON.createObjectNode();
    for (String id : ids) {
      JsonNode gold = truth.get(id);
      String html = HtmlPages.read(dir.resolve("html").resolve(id + SUFFIX));
      String url = gold.path("url").asText(null);
      long start = System.nanoTime();
      String text = extractor.extract(html, url).text();
      long nanos = System.nanoTime() - start;
      ExtractionScorer.PageScore s =
          ExtractionScorer.page(gold.path("articleBody").asText(""), text);
      scores.add(s);
      results.add(new PageResult(id, s, nanos));
      predictions.putObject(id).put("articleBody", text);
    }
    if (predictionsOut != null) {
      JSON.writeValue(predictionsOut.toFile(), predictions);
    }
    return new Result(ExtractionScorer.mean(scores), results);
  }
}
