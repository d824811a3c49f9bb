package org.trame.peers.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the profile of trame's language detector ({@code language-profiles.tsv}, read by {@code
 * org.trame.clean.ProfileLanguageDetector}) from the n-gram models that ship inside lingua's jar
 * (Apache-2.0). For each language it keeps the commonest trigrams, each with its share of all the
 * language's trigrams: lingua's unigram frequency times its bigram and trigram conditional
 * probabilities. A trigram kept for one language carries its share in the others too, when they
 * know it at all. Run by {@code scripts/peer-bench language --write-profile FILE}: lingua is a
 * peer, never shipped, so the profile is made here and its output committed to trame-core.
 */
public final class LanguageProfileBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Unknown trigrams count as this fraction of the rarest trigram kept. */
  private static final double FLOOR = 0.5;

  private LanguageProfileBuilder() {}

  /** Writes the profile of {@code codes}, {@code perLanguage} trigrams each. */
  public static void write(List<String> codes, int perLanguage, PrintWriter out)
      throws IOException {
    List<Map<String, Double>> shares = new ArrayList<>();
    double[] floor = new double[codes.size()];
    TreeSet<String> kept = new TreeSet<>();
    for (int l = 0; l < codes.size(); l++) {
      Map<String, Double> share = trigramShares(codes.get(l));
      shares.add(share);
      List<Map.Entry<String, Double>> top = new ArrayList<>(share.entrySet());
      top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
      top = top.subList(0, Math.min(perLanguage, top.size()));
      top.forEach(e -> kept.add(e.getKey()));
      floor[l] = Math.log(top.get(top.size() - 1).getValue() * FLOOR);
    }
    out.println(
        "# Character trigram profiles of trame's language detector"
            + " (org.trame.clean.ProfileLanguageDetector).");
    out.println(
        "# Derived from the n-gram models of Lingua 1.2.2 by Peter M. Stahl (Apache License 2.0,"
            + " https://github.com/pemistahl/lingua):");
    out.println(
        "# the "
            + perLanguage
            + " commonest trigrams of each language, with ln(their share of its trigrams).");
    out.println(
        "# Written by `scripts/peer-bench language --write-profile FILE`; do not edit by hand.");
    out.println("languages\t" + String.join("\t", codes));
    StringBuilder f = new StringBuilder("floor");
    for (double v : floor) {
      f.append('\t').append(format(v));
    }
    out.println(f);
    for (String t : kept) {
      StringBuilder line = new StringBuilder(t);
      for (int l = 0; l < codes.size(); l++) {
        Double s = shares.get(l).get(t);
        line.append('\t');
        if (s != null && Math.log(s) > floor[l]) {
          line.append(format(Math.log(s)));
        }
      }
      out.println(line);
    }
    out.flush();
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Each trigram's share of all trigrams of the language, from lingua's models. */
  static Map<String, Double> trigramShares(String code) throws IOException {
    Map<String, Double> unigrams = model(code, "unigrams");
    Map<String, Double> bigrams = model(code, "bigrams");
    Map<String, Double> trigrams = model(code, "trigrams");
    Map<String, Double> joint = new HashMap<>();
    double total = 0;
    for (Map.Entry<String, Double> e : trigrams.entrySet()) {
      String t = e.getKey();
      if (t.length() != 3) {
        continue;
      }
      Double a = unigrams.get(t.substring(0, 1));
      Double b = bigrams.get(t.substring(0, 2));
      if (a == null || b == null) {
        continue;
      }
      double p = a * b * e.getValue();
      joint.put(t, p);
      total += p;
    }
    Map<String, Double> share = new TreeMap<>();
    for (Map.Entry<String, Double> e : joint.entrySet()) {
      share.put(e.getKey(), e.getValue() / total);
    }
    return share;
  }

  /** One of lingua's model files: {"ngrams": {"numerator/denominator": "ngram ngram …"}}. */
  private static Map<String, Double> model(String code, String order) throws IOException {
    String name = "/language-models/" + code + "/" + order + ".json";
    try (InputStream in = LinguaDetector.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("lingua has no " + name + " on the classpath");
      }
      JsonNode ngrams = JSON.readTree(in).path("ngrams");
      Map<String, Double> out = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = ngrams.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        String[] fraction = e.getKey().split("/");
        double p = Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]);
        for (String ngram : e.getValue().asText().split(" ")) {
          out.put(ngram, p);
        }
      }
      return out;
    }
  }
}
