package org.trame.clean;

import com.carrotsearch.hppc.LongIntHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from the character trigrams of its words and from its commonest
 * words, a naive Bayes over a small profile per language (see {@code language-profiles.tsv}). Texts
 * mostly in a script that one language owns (Greek, Hangul, kana…) are told by their script alone;
 * Cyrillic and Arabic by the letters that set their languages apart.
 *
 * <p>A text whose trigrams its best language mostly does not know (Polish, Turkish…, when no
 * profile has them) is {@link #UNDETERMINED} rather than a wrong guess. Only the first {@value
 * #MAX_CHARS} characters are read: well past the point where the answer stops changing.
 */
public final class ProfileLanguageDetector implements LanguageDetector {

  /** The profile shipped with trame. */
  public static final String PROFILE = "language-profiles.tsv";

  static final int MAX_CHARS = 3000;

  /** Fewer letters than this say nothing. */
  private static final int MIN_LETTERS = 4;

  /**
   * What one of a language's common words counts for, in nats: about what three well-placed
   * trigrams weigh, so that on a title the words settle what the trigrams leave open.
   */
  private static final float FUNCTION_WORD = 2.5f;

  /** Past this share of trigrams unknown to the best language, it is not that language. */
  private static final double UNKNOWN_SHARE = 0.45;

  /** The share is judged only on at least this many trigrams. */
  private static final int UNKNOWN_MIN_TRIGRAMS = 12;

  /**
   * A lead in nats past which the answer is settled (e^-200: no run of later text turns it),
   * checked every so many trigrams. Most articles settle within their first few hundred characters.
   */
  private static final double SETTLED_LEAD = 200;

  private static final int SETTLED_CHECK_EVERY = 100;

  private static volatile ProfileLanguageDetector standard;

  private final String[] codes;
  private final float[] floor;
  private final LongIntHashMap rows;
  private final float[] logProbabilities;
  private final Map<String, Long> functionWords;
  private final Set<String> languages;

  private ProfileLanguageDetector(
      String[] codes,
      float[] floor,
      LongIntHashMap rows,
      float[] logProbabilities,
      Map<String, Long> functionWords) {
    this.codes = codes;
    this.floor = floor;
    this.rows = rows;
    this.logProbabilities = logProbabilities;
    this.functionWords = functionWords;
    Set<String> all = new LinkedHashSet<>(Arrays.asList(codes));
    all.addAll(ScriptLanguages.CODES);
    this.languages = Set.copyOf(all);
  }

  /** The detector over the shipped profile, loaded once. */
  public static ProfileLanguageDetector standard() {
    ProfileLanguageDetector d = standard;
    if (d == null) {
      synchronized (ProfileLanguageDetector.class) {
        d = standard;
        if (d == null) {
          try (InputStream in = ProfileLanguageDetector.class.getResourceAsStream(PROFILE)) {
            if (in == null) {
              throw new IllegalStateException(PROFILE + " is missing from the classpath");
            }
            d = load(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          standard = d;
        }
      }
    }
    return d;
  }

  /**
   * Reads a profile: comment lines ({@code #}), a {@code languages} line of codes, a {@code floor}
   * line of log-probabilities for unknown trigrams, then one line per trigram with its
   * log-probability in each language (empty where the language does not know it).
   */
  public static ProfileLanguageDetector load(InputStream profile) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(profile, StandardCharsets.UTF_8));
    String[] codes = null;
    float[] floor = null;
    LongIntHashMap rows = new LongIntHashMap();
    List<float[]> values = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("languages")) {
        codes = Arrays.copyOfRange(f, 1, f.length);
      } else if (codes == null) {
        throw new IOException("profile line " + number + ": the languages line must come first");
      } else if (f[0].equals("floor")) {
        floor = numbers(f, codes.length, Float.NaN, number);
      } else {
        if (f[0].length() != 3 || floor == null) {
          throw new IOException("profile line " + number + ": expected a trigram after the floor");
        }
        rows.put(key(f[0].charAt(0), f[0].charAt(1), f[0].charAt(2)), values.size());
        values.add(numbers(f, codes.length, Float.NaN, number));
      }
    }
    if (codes == null || floor == null || codes.length > 63) {
      throw new IOException("profile has no languages line, no floor, or too many languages");
    }
    float[] flat = new float[values.size() * codes.length];
    for (int r = 0; r < values.size(); r++) {
      float[] v = values.get(r);
      for (int l = 0; l < codes.length; l++) {
        flat[r * codes.length + l] = Float.isNaN(v[l]) ? floor[l] : v[l];
      }
    }
    return new ProfileLanguageDetector(codes, floor, rows, flat, CommonWords.masks(codes));
  }

  private static float[] numbers(String[] f, int count, float empty, int line) throws IOException {
    if (f.length != count + 1) {
      throw new IOException("profile line " + line + ": expected " + count + " values");
    }
    float[] out = new float[count];
    for (int i = 0; i < count; i++) {
      try {
        out[i] = f[i + 1].isEmpty() ? empty : Float.parseFloat(f[i + 1]);
      } catch (NumberFormatException e) {
        throw new IOException("profile line " + line + ": not a number: " + f[i + 1], e);
      }
    }
    return out;
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  @Override
  public String detect(String text) {
    if (text == null || text.isEmpty()) {
      return UNDETERMINED;
    }
    int end = Math.min(text.length(), MAX_CHARS);
    ScriptLanguages.Counts scripts = ScriptLanguages.count(text, end);
    if (scripts.letters() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    if ((scripts.latin() + scripts.cyrillic()) * 2 < scripts.letters()) {
      return ScriptLanguages.language(text, end, scripts);
    }
    return fromProfile(text, end);
  }

  private String fromProfile(String text, int end) {
    int n = codes.length;
    double[] score = new double[n];
    int[] unknown = new int[n];
    int trigrams = 0;
    int checked = 0;
    int evidence = 0;
    char[] word = new char[64];
    int length = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (length < word.length) {
          word[length++] = Character.toLowerCase(c);
        }
        continue;
      }
      if (length == 0) {
        continue;
      }
      Long mask = functionWords.get(new String(word, 0, length));
      if (mask != null) {
        evidence++;
        for (int l = 0; l < n; l++) {
          if ((mask & (1L << l)) != 0) {
            score[l] += FUNCTION_WORD;
          }
        }
      }
      for (int k = 0; k + 3 <= length; k++) {
        trigrams++;
        int row = rows.getOrDefault(key(word[k], word[k + 1], word[k + 2]), -1);
        if (row < 0) {
          for (int l = 0; l < n; l++) {
            score[l] += floor[l];
            unknown[l]++;
          }
        } else {
          int base = row * n;
          for (int l = 0; l < n; l++) {
            float p = logProbabilities[base + l];
            score[l] += p;
            if (p == floor[l]) {
              unknown[l]++;
            }
          }
        }
      }
      length = 0;
      if (trigrams >= checked + SETTLED_CHECK_EVERY) {
        checked = trigrams;
        if (settled(score)) {
          break;
        }
      }
    }
    if (trigrams == 0 && evidence == 0) {
      return UNDETERMINED;
    }
    int best = 0;
    for (int l = 1; l < n; l++) {
      if (score[l] > score[best]) {
        best = l;
      }
    }
    if (trigrams >= UNKNOWN_MIN_TRIGRAMS && unknown[best] > UNKNOWN_SHARE * trigrams) {
      return UNDETERMINED;
    }
    return codes[best];
  }

  /** Whether the best language leads the next by so much that more text would not change it. */
  private static boolean settled(double[] score) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (double v : score) {
      if (v > best) {
        second = best;
        best = v;
      } else if (v > second) {
        second = v;
      }
    }
    return best - second > SETTLED_LEAD;
  }

  private static long key(char a, char b, char c) {
    return ((long) a << 32) | ((long) b << 16) | c;
  }

  @Override
  public String toString() {
    return "profile detector " + String.join(",", codes).toLowerCase(Locale.ROOT);
  }
}
