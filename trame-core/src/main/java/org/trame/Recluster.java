package org.trame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trame.article.PublishedDate;
import org.trame.internal.Json;
import org.trame.store.Store;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.IndexSwap;
import org.trame.store.lucene.LuceneStore;
import org.trame.story.Story;
import org.trame.story.StoryBook;

/**
 * Places every stored article again, in publication-date order, as if the store were ingested
 * afresh in that order: what an online ingest decided in arrival order (a backfill, a model changed
 * since) is decided again with the whole story in front of it. Cleaning, analysis and near-copy
 * links are kept; events and stories are rebuilt. The new assignment is built beside the old one
 * and replaces it only once complete, so an interrupted recluster leaves the old store.
 */
public final class Recluster {

  /** Where the last recluster's report is kept in the store: merges and splits are not silent. */
  public static final String REPORT_STATE = "recluster.last";

  private static final int COMMIT_EVERY = 1000;

  private static final int CHUNK = 500;

  private Recluster() {}

  /** What a recluster changed. */
  public record Report(
      Instant finished,
      long articles,
      Level stories,
      Level events,
      List<Merge> merges,
      List<Split> splits) {

    public Report {
      merges = List.copyOf(merges);
      splits = List.copyOf(splits);
    }

    public static Report fromJson(byte[] json) {
      return Json.read(json, Report.class);
    }
  }

  /**
   * One level's partition before and after.
   *
   * @param before clusters before
   * @param after clusters after
   * @param unchanged clusters that hold exactly the same articles before and after
   * @param moved articles not in the cluster that took most of their former cluster's articles
   */
  public record Level(long before, long after, long unchanged, long moved) {}

  /** A new story that holds articles of several former stories (with how many of each). */
  public record Merge(String story, Map<String, Long> from) {}

  /** A former story whose articles went to several new stories (with how many to each). */
  public record Split(String story, Map<String, Long> into) {}

  /** Told as articles are placed again. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void placed(long done, long total);
  }

  /** Reclusters the store in {@code dataDir}, which no other process may be writing to. */
  public static Report run(Path dataDir, Trame.Options options, Progress progress) {
    Path scratch = dataDir.resolve(IndexSwap.SCRATCH);
    try {
      deleteTree(scratch);
      Report report;
      try (LuceneStore old = LuceneStore.openForWriting(dataDir);
          LuceneStore fresh = LuceneStore.openForWriting(scratch)) {
        report = replay(old, fresh, options, progress);
      }
      IndexSwap.replace(dataDir, scratch);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "recluster of " + dataDir + " failed: the store is unchanged", e);
    }
  }

  private record Placed(String id, PublishedDate date, boolean copy, String story, String event) {}

  /**
   * Places every article of {@code old} again into {@code fresh}, an empty store, in
   * publication-date order, and commits it; {@code old} is only read. Replacing one store by the
   * other is the caller's (the embedded store swaps directories, OpenSearch switches index
   * generations).
   */
  public static Report replay(Store old, Store fresh, Trame.Options options, Progress progress) {
    old.state(Pipeline.FURNITURE_STATE).ifPresent(b -> fresh.putState(Pipeline.FURNITURE_STATE, b));
    Pipeline pipeline =
        Pipeline.standard(
            fresh,
            Clock.systemUTC(),
            options.languages(),
            options.nearDuplicateThreshold(),
            options.storyAssigner().apply(fresh));

    List<String> ids = new ArrayList<>();
    for (Story s : old.stories()) {
      ids.addAll(s.articleIds());
    }
    List<Placed> before = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += CHUNK) {
      for (StoredArticle a : old.articles(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
        before.add(
            new Placed(a.id(), a.article().published(), a.duplicate(), a.storyId(), a.eventId()));
      }
    }
    // originals by publication date (undated last), then copies, which follow their original
    before.sort(
        Comparator.comparing(Placed::copy)
            .thenComparing(Placed::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Placed::id));

    Map<String, StoryBook.Placement> after = new HashMap<>();
    long uncommitted = 0;
    for (int i = 0; i < before.size(); i += CHUNK) {
      List<Placed> chunk = before.subList(i, Math.min(before.size(), i + CHUNK));
      Map<String, StoredArticle> loaded = new HashMap<>();
      old.articles(chunk.stream().map(Placed::id).toList()).forEach(a -> loaded.put(a.id(), a));
      for (Placed p : chunk) {
        after.put(p.id(), pipeline.replay(loaded.get(p.id())));
        if (++uncommitted >= COMMIT_EVERY) {
          pipeline.commit();
          uncommitted = 0;
        }
      }
      progress.placed(after.size(), before.size());
    }

    Report report =
        new Report(
            Instant.now(),
            before.size(),
            level(before, Placed::story, after, StoryBook.Placement::storyId),
            level(before, Placed::event, after, StoryBook.Placement::eventId),
            merges(before, after),
            splits(before, after));
    fresh.putState(REPORT_STATE, Json.write(report));
    pipeline.commit();
    return report;
  }

  private static Level level(
      List<Placed> before,
      java.util.function.Function<Placed, String> oldCluster,
      Map<String, StoryBook.Placement> after,
      java.util.function.Function<StoryBook.Placement, String> newCluster) {
    Map<String, Map<String, Long>> oldToNew = new HashMap<>();
    Map<String, Map<String, Long>> newToOld = new HashMap<>();
    for (Placed p : before) {
      String o = oldCluster.apply(p);
      String n = newCluster.apply(after.get(p.id()));
      oldToNew.computeIfAbsent(o, k -> new HashMap<>()).merge(n, 1L, Long::sum);
      newToOld.computeIfAbsent(n, k -> new HashMap<>()).merge(o, 1L, Long::sum);
    }
    long unchanged =
        oldToNew.values().stream()
            .filter(m -> m.size() == 1)
            .filter(m -> newToOld.get(m.keySet().iterator().next()).size() == 1)
            .count();
    long moved = 0;
    for (Map<String, Long> into : oldToNew.values()) {
      long kept = into.values().stream().mapToLong(Long::longValue).max().orElse(0);
      moved += into.values().stream().mapToLong(Long::longValue).sum() - kept;
    }
    return new Level(oldToNew.size(), newToOld.size(), unchanged, moved);
  }

  private static List<Merge> merges(List<Placed> before, Map<String, StoryBook.Placement> after) {
    Map<String, Map<String, Long>> newToOld = new TreeMap<>(CLUSTER_ORDER);
    for (Placed p : before) {
      newToOld
          .computeIfAbsent(after.get(p.id()).storyId(), k -> new TreeMap<>(CLUSTER_ORDER))
          .merge(p.story(), 1L, Long::sum);
    }
    List<Merge> merges = new ArrayList<>();
    newToOld.forEach((story, from) -> {
      if (from.size() > 1) {
        merges.add(new Merge(story, largestFirst(from)));
      }
    });
    return merges;
  }

  private static List<Split> splits(List<Placed> before, Map<String, StoryBook.Placement> after) {
    Map<String, Map<String, Long>> oldToNew = new TreeMap<>(CLUSTER_ORDER);
    for (Placed p : before) {
      oldToNew
          .computeIfAbsent(p.story(), k -> new TreeMap<>(CLUSTER_ORDER))
          .merge(after.get(p.id()).storyId(), 1L, Long::sum);
    }
    List<Split> splits = new ArrayList<>();
    oldToNew.forEach((story, into) -> {
      if (into.size() > 1) {
        splits.add(new Split(story, largestFirst(into)));
      }
    });
    return splits;
  }

  /** {@code s-2} before {@code s-10}. */
  private static final Comparator<String> CLUSTER_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private static Map<String, Long> largestFirst(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(CLUSTER_ORDER)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
