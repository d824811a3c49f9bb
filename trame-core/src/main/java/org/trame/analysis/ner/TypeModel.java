package org.trame.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A linear model (averaged perceptron) that types the candidates the rules leave untyped, from
 * {@link CandidateFeatures}. It is trained on silver examples: the names the rules type by strong
 * evidence in OrangeSum's news (see {@code org.trame.eval.ner.TypeModelTrainer}). The weights are
 * read from {@value #RESOURCE}; without that file the model says nothing.
 */
final class TypeModel {

  static final String RESOURCE = "type-model.txt.gz";

  static final TypeModel DEFAULT = load();

  private final List<String> types;
  private final Map<String, float[]> weights;

  private TypeModel(List<String> types, Map<String, float[]> weights) {
    this.types = List.copyOf(types);
    this.weights = weights;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  List<String> types() {
    return types;
  }

  /** One score per type, in the order of {@link #types()}. */
  float[] scores(List<String> features) {
    float[] s = new float[types.size()];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int i = 0; i < s.length; i++) {
          s[i] += w[i];
        }
      }
    }
    return s;
  }

  private static TypeModel load() {
    InputStream in = TypeModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return new TypeModel(List.of(), Map.of());
    }
    Map<String, float[]> weights = new HashMap<>(1 << 16);
    List<String> types = List.of();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts[0].equals("TYPES")) {
          types = List.of(parts).subList(1, parts.length);
          continue;
        }
        float[] w = new float[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
          w[i - 1] = Float.parseFloat(parts[i]);
        }
        weights.put(parts[0], w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/trame/analysis/ner/" + RESOURCE, e);
    }
    return new TypeModel(types, Map.copyOf(weights));
  }
}
