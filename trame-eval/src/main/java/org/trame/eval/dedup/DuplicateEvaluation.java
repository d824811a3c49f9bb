package org.trame.eval.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.trame.article.RawArticle;
import org.trame.dedup.Duplicate;
import org.trame.dedup.Sketcher;

/**
 * {@code trame eval duplicates}: the dedup stage run over a corpus and scored (a) against its known
 * duplicate groups and (b) on near-copies made from a sample of it, each with a threshold sweep.
 */
public final class DuplicateEvaluation {

  /** The thresholds the sweep replays. */
  public static final List<Double> SWEEP =
      IntStream.rangeClosed(6, 19).mapToObj(i -> i / 20.0).toList();

  /** Time the finder took an article, in microseconds. */
  public record Timing(long articles, double mean, double median, double p99) {
    static Timing of(List<DedupRun.Step> steps) {
      long[] nanos = steps.stream().mapToLong(DedupRun.Step::nanos).sorted().toArray();
      if (nanos.length == 0) {
        return new Timing(0, 0, 0, 0);
      }
      return new Timing(
          nanos.length,
          Arrays.stream(nanos).average().orElse(0) / 1000,
          nanos[nanos.length / 2] / 1000.0,
          nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1000.0);
    }
  }

  /**
   * @param score at the threshold of the run
   * @param disagreements articles the replay at that threshold decides otherwise (0 expected: the
   *     sweep is only as good as the replay)
   * @param sweep the score at each threshold of {@link #SWEEP}
   */
  public record GroupResult(
      GroupScore score, Timing timing, long disagreements, Map<Double, GroupScore> sweep) {}

  public record SyntheticResult(
      SyntheticScore score,
      int copies,
      Timing timing,
      long disagreements,
      Map<Double, SyntheticScore> sweep) {}

  private DuplicateEvaluation() {}

  /** Every article of {@code corpus}, in order, scored against {@code groups}. */
  public static GroupResult groups(
      List<CorpusArticle> corpus,
      List<List<String>> groups,
      Sketcher sketcher,
      double threshold,
      Path dir)
      throws IOException {
    List<DedupRun.Step> steps =
        DedupRun.run(
            corpus.stream().map(CorpusArticle::article).toList(), sketcher, threshold, dir);
    Map<String, String> bodies = new HashMap<>();
    corpus.forEach(c -> bodies.putIfAbsent(c.id(), c.body().strip()));
    GroupScore score =
        GroupScore.score(groups, DedupRun.roots(steps), similarities(steps), bodies, 12, 1);
    Map<Double, GroupScore> sweep = new java.util.LinkedHashMap<>();
    for (double t : SWEEP) {
      Map<String, Duplicate> replayed = DedupRun.replay(steps, t);
      sweep.put(
          t,
          GroupScore.score(
              groups, DedupRun.roots(steps, replayed), similarities(replayed), bodies, 0, 1));
    }
    return new GroupResult(
        score, Timing.of(steps), DedupRun.disagreements(steps, threshold), sweep);
  }

  /**
   * {@code originals} articles drawn (seeded) from the corpus, each given one made copy (the kinds
   * in turn), fed after as many other articles drawn the same way, in corpus order; the copies come
   * last, shuffled. Articles named in {@code exclude} (known duplicates, by group key) are not
   * drawn, so the real articles are, as far as anyone knows, not copies of each other.
   */
  public static SyntheticResult synthetic(
      List<CorpusArticle> corpus,
      Set<String> exclude,
      int originals,
      long seed,
      Sketcher sketcher,
      double threshold,
      Path dir)
      throws IOException {
    Random random = new Random(seed);
    Set<String> seen = new HashSet<>();
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      String id = corpus.get(i).id();
      if (seen.add(id) && !exclude.contains(CorpusArticle.groupKey(id))) {
        eligible.add(i);
      }
    }
    Collections.shuffle(eligible, random);
    int n = Math.min(originals, eligible.size() / 2);
    List<Integer> originalIndexes = eligible.subList(0, n).stream().sorted().toList();
    List<Integer> drawn = new ArrayList<>(eligible.subList(0, 2 * n));
    Collections.sort(drawn);
    List<RawArticle> others =
        eligible.subList(n, 2 * n).stream().map(i -> corpus.get(i).article()).toList();
    List<String> vocabulary = new ArrayList<>();
    for (RawArticle a : others) {
      for (String w : a.text().split(" ")) {
        if (vocabulary.size() < 200_000 && !w.isBlank()) {
          vocabulary.add(w);
        }
      }
    }
    List<String> headlines =
        others.stream().map(RawArticle::title).filter(t -> t != null && !t.isBlank()).toList();
    SyntheticCopies maker = new SyntheticCopies(seed, vocabulary, headlines);
    SyntheticCopies.Kind[] kinds = SyntheticCopies.Kind.values();
    List<SyntheticCopies.Copy> copies = new ArrayList<>();
    for (int k = 0; k < originalIndexes.size(); k++) {
      copies.add(maker.make(corpus.get(originalIndexes.get(k)).article(), kinds[k % kinds.length]));
    }
    Collections.shuffle(copies, random);
    List<RawArticle> feed = new ArrayList<>();
    drawn.forEach(i -> feed.add(corpus.get(i).article()));
    copies.forEach(c -> feed.add(c.article()));
    List<String> real = drawn.stream().map(i -> corpus.get(i).id()).toList();

    List<DedupRun.Step> steps = DedupRun.run(feed, sketcher, threshold, dir);
    SyntheticScore score =
        SyntheticScore.score(copies, real, DedupRun.roots(steps), similarities(steps));
    Map<Double, SyntheticScore> sweep = new java.util.LinkedHashMap<>();
    for (double t : SWEEP) {
      Map<String, Duplicate> replayed = DedupRun.replay(steps, t);
      sweep.put(
          t,
          SyntheticScore.score(
              copies, real, DedupRun.roots(steps, replayed), similarities(replayed)));
    }
    return new SyntheticResult(
        score, copies.size(), Timing.of(steps), DedupRun.disagreements(steps, threshold), sweep);
  }

  /** Group keys of every member of {@code groups}. */
  public static Set<String> keys(List<List<String>> groups) {
    Set<String> keys = new HashSet<>();
    groups.forEach(g -> g.forEach(id -> keys.add(CorpusArticle.groupKey(id))));
    return keys;
  }

  private static Map<String, Double> similarities(List<DedupRun.Step> steps) {
    Map<String, Double> out = new HashMap<>();
    for (DedupRun.Step s : steps) {
      if (s.decision() != null) {
        out.put(s.id(), s.decision().similarity());
      }
    }
    return out;
  }

  private static Map<String, Double> similarities(Map<String, Duplicate> decisions) {
    Map<String, Double> out = new HashMap<>();
    decisions.forEach((id, d) -> out.put(id, d.similarity()));
    return out;
  }
}
