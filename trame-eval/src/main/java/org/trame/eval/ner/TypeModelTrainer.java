package org.trame.eval.ner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.trame.analysis.ner.NameTagger;
import org.trame.analysis.ner.TypeExample;
import org.trame.article.RawArticle;
import org.trame.eval.data.LabelledArticles;

/**
 * Trains the entity tagger's type model, an averaged perceptron over candidate features, on silver
 * examples from unlabelled news: every name the rules type by strong evidence of their own in the
 * corpus ({@link NameTagger#typeExamples}), and, as class NONE, the one-word candidates they leave
 * untyped that the corpus mostly writes in lower case mid-sentence ({@link
 * NameTagger#negativeExamples}), so that the model learns what is no name. The rules' own evidence
 * (lists, cue words) is hidden on half of the examples at each pass, so that the model also learns
 * the words, endings and contexts that go with each type; the model is then used only where the
 * rules find no evidence. One article in ten is held out, and the accuracy on it, evidence hidden,
 * is printed. Features seen in fewer than {@value #MIN_COUNT} examples are left out. Nothing here
 * reads the evaluation files. Usage (scripts/ner-lexicon/type-model.sh): {@code TypeModelTrainer
 * CORPUS.jsonl.gz OUTPUT.txt.gz}.
 */
public final class TypeModelTrainer {

  static final int MIN_COUNT = 3;
  static final int EPOCHS = 6;
  static final long SEED = 20240501L;
  private static final List<String> TYPES =
      List.of("PER", "ORG", "LOC", "WORK", NameTagger.NOT_A_NAME);

  /**
   * A word is a negative example where the corpus writes it in lower case mid-sentence at least
   * this many times, and at least as many times as it capitalizes it there.
   */
  static final int LOWER_MIN = 3;

  private TypeModelTrainer() {}

  private record Example(int[] features, boolean[] evidence, int type) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TypeModelTrainer CORPUS.jsonl.gz OUTPUT.txt.gz");
      System.exit(2);
    }
    NameTagger tagger = NameTagger.french();
    Map<String, Integer> ids = new HashMap<>(1 << 20);
    List<String> names = new ArrayList<>(1 << 20);
    List<int[]> counts = new ArrayList<>();
    List<Example> train = new ArrayList<>();
    List<Example> heldOut = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<String, int[]> wordCase = new HashMap<>(1 << 18);
    for (LabelledArticles.Labelled l : LabelledArticles.read(Path.of(args[0]), Integer.MAX_VALUE)) {
      RawArticle a = l.article();
      String text = (a.title() == null ? "" : a.title() + "\n\n") + a.text();
      texts.add(text);
      NameTagger.countCase(text, wordCase);
    }
    java.util.function.Predicate<String> writtenLowerCase =
        w -> {
          int[] c = wordCase.get(w);
          return c != null && c[0] >= LOWER_MIN && c[0] >= c[1];
        };
    int articles = 0;
    int negatives = 0;
    for (String text : texts) {
      boolean hold = articles % 10 == 9;
      articles++;
      List<TypeExample> examples = new ArrayList<>(tagger.typeExamples(text));
      List<TypeExample> negative = tagger.negativeExamples(text, writtenLowerCase);
      negatives += negative.size();
      examples.addAll(negative);
      for (TypeExample e : examples) {
        int[] f = new int[e.features().size()];
        boolean[] ev = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
          String name = e.features().get(i);
          Integer id = ids.get(name);
          if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
            counts.add(new int[1]);
          }
          f[i] = id;
          ev[i] = name.startsWith(TypeExample.EVIDENCE);
          if (!hold) {
            counts.get(id)[0]++;
          }
        }
        (hold ? heldOut : train).add(new Example(f, ev, TYPES.indexOf(e.type())));
      }
    }
    int features = names.size();
    boolean[] kept = new boolean[features];
    for (int i = 0; i < features; i++) {
      kept[i] = counts.get(i)[0] >= MIN_COUNT;
    }
    int k = TYPES.size();
    float[] w = new float[features * k];
    float[] u = new float[features * k]; // update times step, for the average
    long step = 1;
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      java.util.Collections.shuffle(train, random);
      for (Example e : train) {
        boolean hide = random.nextBoolean();
        int guess = predict(w, k, e, kept, hide);
        if (guess != e.type()) {
          for (int i = 0; i < e.features().length; i++) {
            int f = e.features()[i];
            if (!kept[f] || (hide && e.evidence()[i])) {
              continue;
            }
            w[f * k + e.type()] += 1;
            u[f * k + e.type()] += step;
            w[f * k + guess] -= 1;
            u[f * k + guess] -= step;
          }
        }
        step++;
      }
    }
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = w[i] - u[i] / step;
    }
    int right = 0;
    int rightHidden = 0;
    for (Example e : heldOut) {
      right += predict(avg, k, e, kept, false) == e.type() ? 1 : 0;
      rightHidden += predict(avg, k, e, kept, true) == e.type() ? 1 : 0;
    }
    Map<String, float[]> out = new TreeMap<>();
    for (int f = 0; f < features; f++) {
      float max = 0;
      for (int t = 0; t < k; t++) {
        max = Math.max(max, Math.abs(avg[f * k + t]));
      }
      if (kept[f] && max >= 0.05f) {
        out.put(names.get(f), java.util.Arrays.copyOfRange(avg, f * k, f * k + k));
      }
    }
    try (Writer wr =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
            StandardCharsets.UTF_8)) {
      wr.write(
          "# averaged perceptron over "
              + train.size()
              + " silver examples from "
              + articles
              + " OrangeSum articles (CC BY-SA 4.0): features and weights only"
              + " (scripts/ner-lexicon/type-model.sh)\n");
      wr.write("TYPES\t" + String.join("\t", TYPES) + "\n");
      for (Map.Entry<String, float[]> e : out.entrySet()) {
        StringBuilder line = new StringBuilder(e.getKey());
        for (float v : e.getValue()) {
          line.append('\t').append(String.format(Locale.ROOT, "%.2f", v));
        }
        wr.write(line.append('\n').toString());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d training and %d held-out examples (%d negative), %d of %d features kept;"
            + " held-out accuracy %.3f, %.3f with the rules' evidence hidden%n",
        articles,
        train.size(),
        heldOut.size(),
        negatives,
        out.size(),
        features,
        right / (double) Math.max(1, heldOut.size()),
        rightHidden / (double) Math.max(1, heldOut.size()));
  }

  private static int predict(float[] w, int k, Example e, boolean[] kept, boolean hide) {
    float[] s = new float[k];
    for (int i = 0; i < e.features().length; i++) {
      int f = e.features()[i];
      if (!kept[f] || (hide && e.evidence()[i])) {
        continue;
      }
      for (int t = 0; t < k; t++) {
        s[t] += w[f * k + t];
      }
    }
    int best = 0;
    for (int t = 1; t < k; t++) {
      if (s[t] > s[best]) {
        best = t;
      }
    }
    return best;
  }
}
