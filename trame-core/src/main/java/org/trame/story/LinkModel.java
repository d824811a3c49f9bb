package org.trame.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model of "this article belongs to this cluster" over {@link LinkFeatures}, and the
 * probability from which the best candidate is joined rather than a new cluster started. Learned by
 * {@code trame eval train-story-model} from the dev sets (see docs/architecture.md).
 *
 * @param weights one per feature, in {@link LinkFeatures#NAMES} order
 * @param threshold the least probability for which the best candidate is joined
 * @param merge the least probability for which another candidate, beside the one joined, is taken
 *     to be the same cluster and merged with it (the article bridges two clusters that started
 *     apart); above 1, never
 */
public record LinkModel(double[] weights, double threshold, double merge) {

  public static final String RESOURCE = "story-model.tsv";

  /** The {@link #merge} of a model that never merges. */
  public static final double NEVER = 2;

  public LinkModel {
    if (weights.length != LinkFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "a link model has " + LinkFeatures.NAMES.size() + " weights, not " + weights.length);
    }
    weights = weights.clone();
  }

  /** A model that never merges. */
  public LinkModel(double[] weights, double threshold) {
    this(weights, threshold, NEVER);
  }

  /** This model, merging from {@code probability} on ({@link #NEVER} for never). */
  public LinkModel mergingFrom(double probability) {
    return new LinkModel(weights, threshold, probability);
  }

  /** Whether a candidate of this probability, beside the one joined, is merged with it. */
  public boolean merges(double probability) {
    return merge <= 1 && probability >= merge;
  }

  public double probability(double[] features) {
    return 1 / (1 + StrictMath.exp(-score(features)));
  }

  public double score(double[] features) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return z;
  }

  /** The story and event models shipped with trame. */
  public static Map<String, LinkModel> standard() {
    try (InputStream in = LinkModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads lines {@code LEVEL FEATURE WEIGHT}, {@code LEVEL threshold P} and {@code LEVEL merge P},
   * tab-separated; {@code #} starts a comment.
   */
  public static Map<String, LinkModel> read(InputStream in) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    Map<String, Double> thresholds = new HashMap<>();
    Map<String, Double> merges = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IOException("a model line has 3 fields: " + line);
      }
      String level = f[0].toLowerCase(Locale.ROOT);
      double value = Double.parseDouble(f[2]);
      if (f[1].equals("threshold")) {
        thresholds.put(level, value);
      } else if (f[1].equals("merge")) {
        merges.put(level, value);
      } else {
        int i = LinkFeatures.NAMES.indexOf(f[1]);
        if (i < 0) {
          throw new IOException("unknown feature '" + f[1] + "'");
        }
        weights.computeIfAbsent(level, k -> new double[LinkFeatures.NAMES.size()])[i] = value;
      }
    }
    Map<String, LinkModel> models = new HashMap<>();
    weights.forEach((level, w) ->
        models.put(
            level,
            new LinkModel(
                w, thresholds.getOrDefault(level, 0.5), merges.getOrDefault(level, NEVER))));
    return models;
  }

  /** The model as {@link #read} reads it. */
  public String write(String level) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < weights.length; i++) {
      out.append(level)
          .append('\t')
          .append(LinkFeatures.NAMES.get(i))
          .append('\t')
          .append(String.format(Locale.ROOT, "%.6f", weights[i]))
          .append('\n');
    }
    out.append(level)
        .append("\tthreshold\t")
        .append(String.format(Locale.ROOT, "%.4f", threshold))
        .append('\n');
    if (merge <= 1) {
      out.append(level)
          .append("\tmerge\t")
          .append(String.format(Locale.ROOT, "%.4f", merge))
          .append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkModel m
        && Arrays.equals(weights, m.weights)
        && threshold == m.threshold
        && merge == m.merge;
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(weights) * 31 + Double.hashCode(threshold)) * 31
        + Double.hashCode(merge);
  }

  @Override
  public String toString() {
    return "LinkModel"
        + Arrays.toString(weights)
        + " from "
        + threshold
        + (merge <= 1 ? ", merging from " + merge : "");
  }
}
