package org.trame.eval.dedup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.article.RawArticle;
import org.trame.clean.ArticleCleaner;
import org.trame.dedup.CopyCandidate;
import org.trame.dedup.Duplicate;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.dedup.Sketcher;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.LuceneStore;

/**
 * The dedup stage alone, as ingest runs it: each article is cleaned, given to the real {@link
 * NearDuplicateFinder} over a real {@link LuceneStore} on disk, and stored (copies linked to their
 * original), in order. Analysis and clustering are left out: they do not change what dedup sees.
 *
 * <p>Each step keeps the candidates the store returned. They do not depend on the threshold (copies
 * are indexed like originals, and candidates are ranked by shared bands), so {@link #replay} can
 * tell what any other threshold would have decided without ingesting again.
 */
public final class DedupRun {

  /**
   * What happened to one article.
   *
   * @param id the article
   * @param fingerprint its exact-copy fingerprint
   * @param candidates what the store offered the near-duplicate finder
   * @param decision the original it was linked to, or null
   * @param nanos time spent in the finder (exact lookup, sketch, band lookup, scoring)
   */
  public record Step(
      String id,
      String fingerprint,
      List<CopyCandidate> candidates,
      Duplicate decision,
      long nanos) {}

  private DedupRun() {}

  /** Runs {@code articles} in order into a new store in {@code dir}; repeated ids are skipped. */
  public static List<Step> run(
      List<RawArticle> articles, Sketcher sketcher, double threshold, Path dir)
      throws java.io.IOException {
    ArticleCleaner cleaner = ArticleCleaner.standard();
    List<Step> steps = new ArrayList<>(articles.size());
    try (LuceneStore store = LuceneStore.openForWriting(dir, sketcher)) {
      NearDuplicateFinder finder = new NearDuplicateFinder(store, threshold);
      Instant now = Instant.now();
      int uncommitted = 0;
      for (RawArticle raw : articles) {
        Article article = cleaner.clean(raw, now);
        if (store.article(article.id()).isPresent()) {
          continue;
        }
        long start = System.nanoTime();
        Optional<Duplicate> found = finder.originalOf(article);
        long nanos = System.nanoTime() - start;
        List<CopyCandidate> candidates =
            store.copyCandidates(article, NearDuplicateFinder.CANDIDATES);
        Duplicate d = found.orElse(null);
        store.add(
            new StoredArticle(
                article,
                Analysis.EMPTY,
                d == null ? null : d.originalId(),
                "s-0",
                "e-0",
                null,
                d == null ? 0 : d.similarity()));
        steps.add(new Step(article.id(), article.contentHash(), candidates, d, nanos));
        if (++uncommitted == 1000) {
          store.commit();
          uncommitted = 0;
        }
      }
      store.commit();
    }
    return steps;
  }

  /** Each article's root original (itself for an original), as the run decided. */
  public static Map<String, String> roots(List<Step> steps) {
    Map<String, String> roots = new LinkedHashMap<>();
    for (Step s : steps) {
      roots.put(s.id(), s.decision() == null ? s.id() : s.decision().originalId());
    }
    return roots;
  }

  /**
   * What the finder would have decided at {@code threshold}: exact copies of an earlier original
   * first, then the most similar candidate at or above the threshold, linked to its root as decided
   * at that threshold. Articles that stay originals are absent.
   */
  public static Map<String, Duplicate> replay(List<Step> steps, double threshold) {
    Map<String, Duplicate> decisions = new LinkedHashMap<>();
    Map<String, String> root = new HashMap<>();
    Map<String, String> firstOriginal = new HashMap<>();
    for (Step s : steps) {
      String exact = firstOriginal.get(s.fingerprint());
      Optional<Duplicate> d;
      if (exact != null) {
        d = Optional.of(new Duplicate(exact, 1.0));
      } else {
        List<CopyCandidate> rooted =
            s.candidates().stream()
                .map(c ->
                    new CopyCandidate(
                        c.articleId(),
                        root.getOrDefault(c.articleId(), c.articleId()),
                        c.similarity()))
                .toList();
        d = NearDuplicateFinder.best(rooted, threshold);
      }
      if (d.isPresent()) {
        decisions.put(s.id(), d.get());
        root.put(s.id(), d.get().originalId());
      } else {
        root.put(s.id(), s.id());
        firstOriginal.putIfAbsent(s.fingerprint(), s.id());
      }
    }
    return decisions;
  }

  /** Roots from replayed decisions: every article of the run, itself when not a copy. */
  public static Map<String, String> roots(List<Step> steps, Map<String, Duplicate> decisions) {
    Map<String, String> roots = new LinkedHashMap<>();
    for (Step s : steps) {
      Duplicate d = decisions.get(s.id());
      roots.put(s.id(), d == null ? s.id() : d.originalId());
    }
    return roots;
  }

  /** How many articles the replay at the run's threshold decides otherwise than the run did. */
  public static long disagreements(List<Step> steps, double threshold) {
    Map<String, Duplicate> replayed = replay(steps, threshold);
    return steps.stream()
        .filter(s -> !java.util.Objects.equals(s.decision(), replayed.get(s.id())))
        .count();
  }
}
