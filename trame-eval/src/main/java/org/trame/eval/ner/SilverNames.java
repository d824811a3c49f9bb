package org.trame.eval.ner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.trame.analysis.EntityMention;
import org.trame.analysis.ner.NameTagger;
import org.trame.article.RawArticle;
import org.trame.eval.data.LabelledArticles;

/**
 * Builds the tagger's silver name list from unlabelled news: every name the tagger types by strong
 * evidence of its own ({@link NameTagger#confidentMentions}) is counted with its type over the
 * whole corpus; a name seen typed in at least {@value #MIN_ARTICLES} articles, with one type in at
 * least 80 % of its counts, is written with that type (persons, organisations and places). The list
 * holds names and types, no text. Usage (scripts/ner-lexicon/news-names.sh): {@code SilverNames
 * CORPUS.jsonl.gz OUTPUT.txt}.
 */
public final class SilverNames {

  static final int MIN_ARTICLES = 3;

  private SilverNames() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SilverNames CORPUS.jsonl.gz OUTPUT.txt");
      System.exit(2);
    }
    NameTagger tagger = NameTagger.french();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Integer> articles = new HashMap<>();
    int n = 0;
    for (LabelledArticles.Labelled l : LabelledArticles.read(Path.of(args[0]), Integer.MAX_VALUE)) {
      RawArticle a = l.article();
      String text = (a.title() == null ? "" : a.title() + "\n\n") + a.text();
      Map<String, String> seen = new HashMap<>();
      for (EntityMention m : tagger.confidentMentions(text)) {
        votes.computeIfAbsent(m.text(), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        seen.put(m.text(), m.type());
      }
      seen.keySet().forEach(name -> articles.merge(name, 1, Integer::sum));
      n++;
    }
    Map<String, String> kept = new TreeMap<>();
    votes.forEach((name, byType) -> {
      int total = byType.values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<String, Integer> best =
          byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      // titles are left out: in news, quotation marks hold speech more often than titles
      if (articles.get(name) >= MIN_ARTICLES
          && best.getValue() >= 0.8 * total
          && !best.getKey().equals("WORK")) {
        kept.put(name, best.getKey());
      }
    });
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write(
          "# names typed by strong evidence in "
              + n
              + " OrangeSum articles (CC BY-SA 4.0), in 3 or more, one type in 80 %:"
              + " names and types only (scripts/ner-lexicon/news-names.sh)\n");
      for (Map.Entry<String, String> e : kept.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.println(kept.size() + " names from " + n + " articles");
  }
}
