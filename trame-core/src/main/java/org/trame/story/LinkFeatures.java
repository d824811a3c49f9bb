package org.trame.story;

import java.util.List;
import org.trame.article.PublishedDate;

/**
 * The evidence that a new article belongs to a candidate cluster (a story, or an event inside one),
 * as numbers in about [0, 1], in the spirit of Miranda et al. (2018): content similarity to the
 * cluster's centroid and to its nearest articles, shared entities weighted by rarity, the time gap.
 * The cluster's size is left out on purpose: the dev sets' stories all hold about 20 articles, and
 * a model shown the size learns to refuse any story larger than that (a saturating "young cluster"
 * feature was tried too: it merged unrelated articles in small stores). One definition serves both
 * levels; each level has its own learned weights.
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
          "neighbour_share",
          "relative_cosine",
          "entity_missing",
          "nearest_gap");

  private static final double YEAR = StrictMath.log1p(365);

  /** A name in this share of a cluster's articles is one of its main names. */
  private static final double MAIN_ENTITY = 0.3;

  private LinkFeatures() {}

  /** Days between two dates, allowing for the imprecision of either; 0 when they overlap. */
  static long gap(PublishedDate a, PublishedDate b) {
    return Math.max(
        0,
        Math.max(
            b.date().toEpochDay() - a.lastDay().toEpochDay(),
            a.date().toEpochDay() - b.lastDay().toEpochDay()));
  }

  /**
   * @param article the new article
   * @param cluster the candidate
   * @param nearest the candidate's articles found among the article's nearest neighbours, best
   *     first (possibly none)
   * @param neighbours how many neighbours were found in all
   * @param entityWeights rarity of entities
   */
  public static double[] of(
      ArticleSignals article,
      ClusterProfile cluster,
      List<Neighbour> nearest,
      int neighbours,
      EntityFrequencies entityWeights) {
    double[] f = new double[NAMES.size()];
    f[0] = 1;
    double centroidNorm = cluster.centroid().norm();
    f[1] =
        centroidNorm == 0
            ? 0
            : Math.min(1, article.normalizedWeights().dot(cluster.centroid()) / centroidNorm);
    List<Double> similarities = nearest.stream().map(Neighbour::similarity).toList();
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
      f[6] = Math.min(3, StrictMath.log1p(gap) / YEAR);
    }
    f[8] = neighbours == 0 ? 0 : similarities.size() / (double) neighbours;
    // against how alike the members are: a broad story's centroid resembles everyone a little
    f[9] = Math.min(2, f[1] / Math.max(0.05, cluster.cohesion())) / 2;
    // the cluster's own main names that the article does not name: another happening of the kind
    double main = 0;
    double missing = 0;
    for (int i = 0; i < cluster.entities().length; i++) {
      double share = cluster.entityArticles()[i] / (double) Math.max(1, cluster.size());
      if (share >= MAIN_ENTITY) {
        double w = entityWeights.idf(cluster.entities()[i]) * share;
        main += w;
        if (java.util.Arrays.binarySearch(article.entities(), cluster.entities()[i]) < 0) {
          missing += w;
        }
      }
    }
    f[10] = main == 0 ? 0 : missing / main;
    // days to the closest of its nearest articles: a long story is near in time where it is active
    long closest = Long.MAX_VALUE;
    if (article.published() != null) {
      for (Neighbour n : nearest) {
        if (n.published() != null) {
          closest = Math.min(closest, gap(article.published(), n.published()));
        }
      }
    }
    f[11] = closest == Long.MAX_VALUE ? f[6] : Math.min(3, StrictMath.log1p(closest) / YEAR);
    return f;
  }
}
