package org.trame.eval.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Links scored against known duplicate groups. Gold pairs are told apart by whether the two bodies
 * are the same text (groups also gather articles whose title or lead only is identical). The groups
 * name exact duplicates only, so a link outside them is not known to be wrong: those are counted
 * and sampled for a look, and precision against the groups is a lower bound.
 *
 * @param groups groups with at least two members in the corpus
 * @param groupsFound groups whose members all have one root
 * @param sameBodyGroups groups whose members all have the same body
 * @param sameBodyGroupsFound of those, found entirely
 * @param sameBodyPairs gold pairs with the same body
 * @param sameBodyPairsFound of those, with one root
 * @param otherPairs gold pairs whose bodies differ (title or lead identical)
 * @param otherPairsFound of those, with one root
 * @param predictedPairs pairs of articles with one root
 * @param predictedInGroups of those, gold pairs
 * @param missingMembers group members that are not in the corpus
 * @param extraSample links (copy, original) outside the groups, a seeded sample
 */
public record GroupScore(
    int groups,
    int groupsFound,
    int sameBodyGroups,
    int sameBodyGroupsFound,
    long sameBodyPairs,
    long sameBodyPairsFound,
    long otherPairs,
    long otherPairsFound,
    long predictedPairs,
    long predictedInGroups,
    int missingMembers,
    List<Link> extraSample) {

  /** A link made, for a look by a person. */
  public record Link(String copy, String original, double similarity) {}

  public long extraPairs() {
    return predictedPairs - predictedInGroups;
  }

  public double sameBodyRecall() {
    return ratio(sameBodyPairsFound, sameBodyPairs);
  }

  public double otherRecall() {
    return ratio(otherPairsFound, otherPairs);
  }

  public double recall() {
    return ratio(sameBodyPairsFound + otherPairsFound, sameBodyPairs + otherPairs);
  }

  /** Share of predicted pairs that are in a group: a lower bound on precision. */
  public double precisionAgainstGroups() {
    return ratio(predictedInGroups, predictedPairs);
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /**
   * @param roots each article's root original
   * @param similarities each copy's link similarity
   * @param bodies each article's normalized body
   */
  public static GroupScore score(
      List<List<String>> groupsByKey,
      Map<String, String> roots,
      Map<String, Double> similarities,
      Map<String, String> bodies,
      int sample,
      long seed) {
    Map<String, String> idByKey = new HashMap<>();
    roots.keySet().forEach(id -> idByKey.put(CorpusArticle.groupKey(id), id));
    int groups = 0;
    int found = 0;
    int sameGroups = 0;
    int sameFound = 0;
    long samePairs = 0;
    long sameFoundPairs = 0;
    long otherPairs = 0;
    long otherFoundPairs = 0;
    int missing = 0;
    Set<String> gold = new HashSet<>();
    for (List<String> group : groupsByKey) {
      List<String> ids = new ArrayList<>();
      for (String key : group) {
        String id = idByKey.get(CorpusArticle.groupKey(key));
        if (id == null) {
          missing++;
        } else {
          ids.add(id);
        }
      }
      if (ids.size() < 2) {
        continue;
      }
      groups++;
      boolean allSameRoot = ids.stream().map(roots::get).distinct().count() == 1;
      boolean allSameBody = ids.stream().map(bodies::get).distinct().count() == 1;
      found += allSameRoot ? 1 : 0;
      if (allSameBody) {
        sameGroups++;
        sameFound += allSameRoot ? 1 : 0;
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          String a = ids.get(i);
          String b = ids.get(j);
          gold.add(pair(a, b));
          boolean linked = roots.get(a).equals(roots.get(b));
          if (bodies.get(a).equals(bodies.get(b))) {
            samePairs++;
            sameFoundPairs += linked ? 1 : 0;
          } else {
            otherPairs++;
            otherFoundPairs += linked ? 1 : 0;
          }
        }
      }
    }
    Map<String, List<String>> members = new HashMap<>();
    roots.forEach((id, root) -> members.computeIfAbsent(root, r -> new ArrayList<>()).add(id));
    long predicted = 0;
    long inGold = 0;
    for (List<String> m : members.values()) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          predicted++;
          inGold += gold.contains(pair(m.get(i), m.get(j))) ? 1 : 0;
        }
      }
    }
    List<Link> extra = new ArrayList<>();
    roots.forEach((id, root) -> {
      if (!id.equals(root) && !gold.contains(pair(id, root))) {
        extra.add(new Link(id, root, similarities.getOrDefault(id, 0.0)));
      }
    });
    java.util.Collections.shuffle(extra, new Random(seed));
    return new GroupScore(
        groups,
        found,
        sameGroups,
        sameFound,
        samePairs,
        sameFoundPairs,
        otherPairs,
        otherFoundPairs,
        predicted,
        inGold,
        missing,
        List.copyOf(extra.subList(0, Math.min(sample, extra.size()))));
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
  }
}
