package org.trame.eval.timex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trame.analysis.TimeMention;
import org.trame.analysis.TimeTagger;
import org.trame.eval.timex.TimexScorer.Counts;
import org.trame.eval.timex.TimexScorer.Prf;

/**
 * Runs a {@link TimeTagger} over a folder of ISO-TimeML documents, each anchored at its own
 * creation time, and scores what it finds with {@link TimexScorer}. Tagging time is measured per
 * document, so that a benchmark can reuse the same run.
 */
public final class TimexEvaluation {

  private TimexEvaluation() {}

  /**
   * How long the tagger took on one document.
   *
   * @param id the document
   * @param chars length of its text
   * @param nanos wall-clock time inside {@link TimeTagger#tag}
   */
  public record DocumentTiming(String id, int chars, long nanos) {}

  /**
   * The figures of one run.
   *
   * @param docs documents scored
   * @param counts gold, system and matched mentions, summed over documents
   * @param nonConsuming TIMEX3 without text, left out of the gold mentions
   * @param timings one per document, in the order they were tagged
   */
  public record Result(int docs, Counts counts, int nonConsuming, List<DocumentTiming> timings) {

    public Result {
      timings = List.copyOf(timings);
    }

    public Prf strict() {
      return counts.strictScore();
    }

    public Prf relaxed() {
      return counts.relaxedScore();
    }

    public Prf value() {
      return counts.valueScore();
    }

    public Prf type() {
      return counts.typeScore();
    }

    public int gold() {
      return counts.gold();
    }

    public int system() {
      return counts.system();
    }

    /** Time spent tagging, all documents together. */
    public long taggingNanos() {
      return timings.stream().mapToLong(DocumentTiming::nanos).sum();
    }
  }

  /**
   * Scores {@code tagger} on every {@code .tml} file directly in {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} holds no {@code .tml} file
   * @throws IOException naming the file that could not be read or parsed
   */
  public static Result run(Path dir, TimeTagger tagger) throws IOException {
    List<Path> files = TimeMlReader.files(dir);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .tml files in " + dir);
    }
    List<TimeMlDocument> docs = new ArrayList<>(files.size());
    for (Path f : files) {
      docs.add(TimeMlReader.read(f));
    }
    return run(docs, tagger);
  }

  /** Scores {@code tagger} on documents already read. */
  public static Result run(List<TimeMlDocument> docs, TimeTagger tagger) {
    Counts counts = Counts.ZERO;
    int nonConsuming = 0;
    List<DocumentTiming> timings = new ArrayList<>(docs.size());
    for (TimeMlDocument d : docs) {
      long start = System.nanoTime();
      List<TimeMention> found = tagger.tag(d.text(), d.dct());
      long nanos = System.nanoTime() - start;
      check(d, found);
      timings.add(new DocumentTiming(d.id(), d.text().length(), nanos));
      counts = counts.plus(TimexScorer.score(d.gold(), found));
      nonConsuming += d.nonConsuming();
    }
    return new Result(docs.size(), counts, nonConsuming, timings);
  }

  /** Offsets outside the text are a tagger bug; scoring them would hide it. */
  private static void check(TimeMlDocument d, List<TimeMention> found) {
    for (TimeMention m : found) {
      if (m.start() < 0 || m.end() < m.start() || m.end() > d.text().length()) {
        throw new IllegalStateException(
            "the tagger returned a span outside the text of "
                + d.id()
                + " ("
                + d.text().length()
                + " chars): "
                + m);
      }
    }
  }
}
