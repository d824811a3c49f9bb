package org.trame.story;

import java.util.List;

/**
 * The evidence that a new article belongs to a candidate cluster (a story, or an event inside one),
 * as numbers in about [0, 1], in the spirit of Miranda et al. (2018): content similarity to the
 * cluster's centroid and to its nearest articles, shared entities weighted by rarity, the time gap,
 * the cluster's size. One definition serves both levels; each level has its own learned weights.
 */
public final class LinkFeatures {

  /** Names of the features, in vector order; index 0 is the constant. */
  public static final List<String> NAMES =
      List.of(
          "bias",
          "centroid_cosine",
          "best_similarity",
          "support_similarity",
          "entity_share",
          "entity_centrality",
          "time_gap",
          "undated",
          "size",
          "neighbour_share");

  private static final double YEAR = Math.log1p(365);
  private static final double THOUSAND = Math.log1p(1000);

  private LinkFeatures() {}

  /**
   * @param article the new article
   * @param cluster the candidate
   * @param similarities cosines between the article and the candidate's articles found among its
   *     nearest neighbours, best first (possibly none)
   * @param neighbours how many neighbours were found in all
   * @param entityWeights rarity of entities
   */
  public static double[] of(
      ArticleSignals article,
      ClusterProfile cluster,
      List<Double> similarities,
      int neighbours,
      EntityFrequencies entityWeights) {
    double[] f = new double[NAMES.size()];
    f[0] = 1;
    double centroidNorm = cluster.centroid().norm();
    f[1] =
        centroidNorm == 0
            ? 0
            : Math.min(1, article.normalizedWeights().dot(cluster.centroid()) / centroidNorm);
    f[2] = similarities.isEmpty() ? 0 : similarities.get(0);
    int support = Math.max(1, Math.min(cluster.size(), 3));
    double sum = 0;
    for (int i = 0; i < Math.min(support, similarities.size()); i++) {
      sum += similarities.get(i);
    }
    f[3] = sum / support;
    double total = 0;
    double shared = 0;
    double central = 0;
    for (long e : article.entities()) {
      double idf = entityWeights.idf(e);
      total += idf;
      int naming = cluster.articlesNaming(e);
      if (naming > 0) {
        shared += idf;
        central += idf * Math.min(1.0, naming / (double) Math.max(1, cluster.size()));
      }
    }
    f[4] = total == 0 ? 0 : shared / total;
    f[5] = total == 0 ? 0 : central / total;
    if (article.published() == null || cluster.dated() == 0) {
      f[7] = 1;
    } else {
      long first = article.published().date().toEpochDay();
      long last = article.published().lastDay().toEpochDay();
      long gap = Math.max(0, Math.max(cluster.firstDay() - last, first - cluster.lastDay()));
      f[6] = Math.min(3, Math.log1p(gap) / YEAR);
    }
    f[8] = Math.log1p(cluster.size()) / THOUSAND;
    f[9] = neighbours == 0 ? 0 : similarities.size() / (double) neighbours;
    return f;
  }
}
