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
 */
public record LinkModel(double[] weights, double threshold) {

  public static final String RESOURCE = "story-model.tsv";

  public LinkModel {
    if (weights.length != LinkFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "a link model has " + LinkFeatures.NAMES.size() + " weights, not " + weights.length);
    }
    weights = weights.clone();
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
   * Reads lines {@code LEVEL FEATURE WEIGHT} and {@code LEVEL threshold P}, tab-separated; {@code
   * #} starts a comment.
   */
  public static Map<String, LinkModel> read(InputStream in) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    Map<String, Double> thresholds = new HashMap<>();
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
      } else {
        int i = LinkFeatures.NAMES.indexOf(f[1]);
        if (i < 0) {
          throw new IOException("unknown feature '" + f[1] + "'");
        }
        weights.computeIfAbsent(level, k -> new double[LinkFeatures.NAMES.size()])[i] = value;
      }
    }
    Map<String, LinkModel> models = new HashMap<>();
    weights.forEach(
        (level, w) -> models.put(level, new LinkModel(w, thresholds.getOrDefault(level, 0.5))));
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
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkModel m
        && Arrays.equals(weights, m.weights)
        && threshold == m.threshold;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return "LinkModel" + Arrays.toString(weights) + " from " + threshold;
  }
}
