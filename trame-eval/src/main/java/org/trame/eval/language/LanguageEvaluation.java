package org.trame.eval.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.trame.clean.LanguageDetector;
import org.trame.eval.language.LanguageSamples.Length;
import org.trame.eval.language.LanguageSamples.Sample;

/**
 * Runs language detectors over a labelled set: accuracy per gold language and length, how many
 * texts each left undetermined, the commonest mistakes, and texts per second. Detectors run one
 * after the other over the same samples, each warmed up first, so their speeds compare.
 */
public final class LanguageEvaluation {

  /** Texts run untimed first, so that lazy loading and the JIT are not in the timing. */
  private static final int WARM_UP = 300;

  private LanguageEvaluation() {}

  /**
   * The figures for one language at one length.
   *
   * @param chars characters in those texts, for their mean length
   */
  public record Cell(
      String language, Length length, int texts, int correct, int undetermined, long chars) {

    public double accuracy() {
      return texts == 0 ? 0 : (double) correct / texts;
    }

    public double meanChars() {
      return texts == 0 ? 0 : (double) chars / texts;
    }
  }

  /**
   * One detector's run.
   *
   * @param mistakes "gold→detected" and how often, commonest first
   * @param heapBytes heap still used after the run, over what was used before the detector was made
   *     (rough: one garbage collection each side)
   */
  public record Result(
      String name,
      List<Cell> cells,
      Map<String, Integer> mistakes,
      int texts,
      long nanos,
      long heapBytes) {

    public Result {
      cells = List.copyOf(cells);
      mistakes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mistakes));
    }

    public double textsPerSecond() {
      return nanos == 0 ? 0 : texts / (nanos / 1e9);
    }

    /** Accuracy over every language at one length, each text counting once. */
    public double accuracy(Length length) {
      int texts = 0;
      int correct = 0;
      for (Cell c : cells) {
        if (c.length() == length) {
          texts += c.texts();
          correct += c.correct();
        }
      }
      return texts == 0 ? Double.NaN : (double) correct / texts;
    }
  }

  /** Makes a detector (timed apart from detection: models may load lazily) and runs it. */
  public static Result run(String name, Supplier<LanguageDetector> make, List<Sample> samples) {
    long heapBefore = usedHeap();
    LanguageDetector detector = make.get();
    for (int i = 0; i < Math.min(WARM_UP, samples.size()); i++) {
      detector.detect(samples.get(i).text());
    }
    String[] found = new String[samples.size()];
    long start = System.nanoTime();
    for (int i = 0; i < found.length; i++) {
      found[i] = detector.detect(samples.get(i).text());
    }
    long nanos = System.nanoTime() - start;
    long heap = Math.max(0, usedHeap() - heapBefore);
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Integer> mistakes = new TreeMap<>();
    for (int i = 0; i < found.length; i++) {
      Sample s = samples.get(i);
      int[] c = counts.computeIfAbsent(s.language() + "\t" + s.length().name(), k -> new int[4]);
      c[0]++;
      c[3] += s.text().length();
      if (s.language().equals(found[i])) {
        c[1]++;
      } else {
        if (LanguageDetector.UNDETERMINED.equals(found[i])) {
          c[2]++;
        }
        mistakes.merge(s.language() + "→" + found[i], 1, Integer::sum);
      }
    }
    List<Cell> cells = new ArrayList<>();
    counts.forEach((k, c) -> {
      String[] parts = k.split("\t");
      cells.add(new Cell(parts[0], Length.valueOf(parts[1]), c[0], c[1], c[2], c[3]));
    });
    cells.sort(
        java.util.Comparator.comparing(Cell::language).thenComparing(c -> c.length().ordinal()));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    mistakes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    // the heap is measured while the detector is still reachable; then it lets go of its models
    if (detector instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close " + detector + ": " + e, e);
      }
    }
    return new Result(name, cells, sorted, found.length, nanos, heap);
  }

  @SuppressWarnings("JavaRuntimeGc") // a rough heap figure needs the garbage gone first
  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
