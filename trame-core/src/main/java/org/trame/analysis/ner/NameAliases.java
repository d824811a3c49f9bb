package org.trame.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One name for an entity that French and English name differently ("Norway" and "Norvège",
 * "European Space Agency", "ESA" and "Agence spatiale européenne"): where no multilingual model is
 * at hand, names are what ties an English article to a French story. Names are compared folded
 * (case, accents and punctuation ignored); a name no list pairs is its own.
 */
public final class NameAliases {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final NameAliases STANDARD =
      new NameAliases(
          Stream.concat(lines("country-aliases.txt").stream(), lines("name-aliases.txt").stream())
              .toList());

  /** Folded name → the folded name that stands for its whole group. */
  private final Map<String, String> representative;

  /** Each line a group of names, tab-separated; lines sharing a name join. */
  NameAliases(List<String> groups) {
    Map<String, String> parent = new HashMap<>();
    for (String line : groups) {
      if (line.isBlank() || line.charAt(0) == '#') {
        continue;
      }
      String[] names = line.split("\t");
      String first = root(parent, fold(names[0]));
      for (int i = 1; i < names.length; i++) {
        String other = root(parent, fold(names[i]));
        if (!other.equals(first)) {
          parent.put(other, first);
        }
      }
    }
    Map<String, String> flat = new HashMap<>();
    for (String name : parent.keySet()) {
      flat.put(name, root(parent, name));
    }
    this.representative = Map.copyOf(flat);
  }

  /** French and English names of countries (i18n-iso-countries), places and organisations. */
  public static NameAliases standard() {
    return STANDARD;
  }

  /**
   * The name folded ("ingrid betancourt" for "Ingrid Bétancourt") and, when it has aliases, the
   * folded name that stands for them all ("norvege" for "Norway").
   */
  public String key(String name) {
    String folded = fold(name);
    return representative.getOrDefault(folded, folded);
  }

  static String fold(String name) {
    return NOT_WORD
        .matcher(
            MARKS
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }

  private static String root(Map<String, String> parent, String name) {
    String r = name;
    while (parent.containsKey(r) && !parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.putIfAbsent(name, name);
    return r;
  }

  private static List<String> lines(String name) {
    InputStream in = NameAliases.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/trame/analysis/ner/" + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/trame/analysis/ner/" + name, e);
    }
  }
}
