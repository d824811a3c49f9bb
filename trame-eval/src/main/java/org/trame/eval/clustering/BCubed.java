package org.trame.eval.clustering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998), averaged over items: for each item,
 * precision is the share of its predicted cluster that shares its gold label, recall the share of
 * its gold cluster that shares its predicted cluster. F1 is the harmonic mean of the two averages,
 * as in the news-stream clustering literature (Miranda et al. 2018).
 */
public final class BCubed {

  /**
   * @param precision average B-cubed precision
   * @param recall average B-cubed recall
   * @param f1 harmonic mean of the two
   * @param clusters number of predicted clusters
   * @param goldClusters number of gold clusters
   * @param items number of items scored
   */
  public record Score(
      double precision, double recall, double f1, int clusters, int goldClusters, int items) {}

  private BCubed() {}

  /**
   * Scores {@code predicted} against {@code gold}, over the items present in both.
   *
   * @param predicted item → predicted cluster
   * @param gold item → gold cluster
   */
  public static Score score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> pred = new HashMap<>();
    Map<String, String> truth = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p != null) {
        pred.put(e.getKey(), p);
        truth.put(e.getKey(), e.getValue());
      }
    }
    if (pred.isEmpty()) {
      return new Score(0, 0, 0, 0, 0, 0);
    }
    // counts of (predicted, gold) pairs and of each cluster, so scoring is linear in items
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> joint = new HashMap<>();
    for (String item : pred.keySet()) {
      String p = pred.get(item);
      String g = truth.get(item);
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
      joint.merge(p + "\u0000" + g, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String item : pred.keySet()) {
      String p = pred.get(item);
      String g = truth.get(item);
      double both = joint.get(p + "\u0000" + g);
      precision += both / predSize.get(p);
      recall += both / goldSize.get(g);
    }
    int n = pred.size();
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Set<String> clusters = new HashSet<>(pred.values());
    Set<String> goldClusters = new HashSet<>(truth.values());
    return new Score(precision, recall, f1, clusters.size(), goldClusters.size(), n);
  }
}
