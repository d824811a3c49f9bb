package org.trame.eval.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Links scored on made copies: a copy is right when linked to its original's root, wrong when
 * linked elsewhere, missed when not linked; an original linked to anything is a false link (unless
 * the corpus itself holds a copy of it that nobody listed: such links are sampled for a look).
 *
 * @param byKind counts per kind of copy
 * @param originals real articles fed (the copies' originals and unrelated ones)
 * @param originalsLinked of those, linked as copies
 * @param originalsLinkedSample some of those links
 */
public record SyntheticScore(
    Map<SyntheticCopies.Kind, Counts> byKind,
    int originals,
    int originalsLinked,
    List<GroupScore.Link> originalsLinkedSample) {

  /** Copies of one kind: right, wrong and missed. */
  public record Counts(int copies, int right, int wrong, int missed) {
    public double precision() {
      return GroupScore.ratio(right, right + wrong);
    }

    public double recall() {
      return GroupScore.ratio(right, copies);
    }
  }

  public int right() {
    return byKind.values().stream().mapToInt(Counts::right).sum();
  }

  /** Right links over all links made (copies linked wrongly, and originals linked). */
  public double precision() {
    int wrong = byKind.values().stream().mapToInt(Counts::wrong).sum();
    return GroupScore.ratio(right(), right() + wrong + originalsLinked);
  }

  public double recall() {
    return GroupScore.ratio(right(), byKind.values().stream().mapToInt(Counts::copies).sum());
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public static SyntheticScore score(
      List<SyntheticCopies.Copy> copies,
      List<String> originals,
      Map<String, String> roots,
      Map<String, Double> similarities) {
    Map<SyntheticCopies.Kind, int[]> counts = new EnumMap<>(SyntheticCopies.Kind.class);
    for (SyntheticCopies.Copy c : copies) {
      int[] n = counts.computeIfAbsent(c.kind(), k -> new int[4]);
      n[0]++;
      String id = c.article().id();
      String root = roots.get(id);
      if (root == null || root.equals(id)) {
        n[3]++;
      } else if (root.equals(roots.get(c.originalId()))) {
        n[1]++;
      } else {
        n[2]++;
      }
    }
    Map<SyntheticCopies.Kind, Counts> byKind = new EnumMap<>(SyntheticCopies.Kind.class);
    counts.forEach((k, n) -> byKind.put(k, new Counts(n[0], n[1], n[2], n[3])));
    List<GroupScore.Link> linked = new ArrayList<>();
    for (String id : originals) {
      String root = roots.get(id);
      if (root != null && !root.equals(id)) {
        linked.add(new GroupScore.Link(id, root, similarities.getOrDefault(id, 0.0)));
      }
    }
    return new SyntheticScore(
        byKind,
        originals.size(),
        linked.size(),
        List.copyOf(linked.subList(0, Math.min(10, linked.size()))));
  }
}
