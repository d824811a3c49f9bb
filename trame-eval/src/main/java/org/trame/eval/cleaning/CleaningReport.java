package org.trame.eval.cleaning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trame.article.RawArticle;
import org.trame.clean.ArticleCleaner;

/**
 * What each text-cleaning step removes from a collection, for a person to audit: characters and
 * lines per step, and the lines removed most often. The steps are {@link ArticleCleaner#standard}'s
 * own, with the same look-ahead as an ingest, so that the figures are those of a real ingest of the
 * same articles in the same order.
 */
public final class CleaningReport {

  /** As in {@code Trame}: the pipeline sees this many articles ahead. */
  private static final int LOOK_AHEAD = 200;

  /** The removal of one step over the whole collection. */
  public record Step(String name, long charsRemoved, long linesRemoved, long articlesTouched) {}

  /**
   * @param articles how many were cleaned
   * @param chars their characters after normalization
   * @param steps what each step removed
   * @param commonLines the lines removed most often, with how many articles lost them
   */
  public record Result(
      long articles, long chars, List<Step> steps, Map<String, Integer> commonLines) {}

  private CleaningReport() {}

  public static Result run(Iterable<RawArticle> articles, int commonLines) {
    ArticleCleaner cleaner = ArticleCleaner.standard();
    List<String> names = cleaner.steps("").stream().map(ArticleCleaner.Step::name).toList();
    long[][] removed = new long[names.size()][3];
    Map<String, Integer> lines = new HashMap<>();
    ArrayDeque<RawArticle> ahead = new ArrayDeque<>();
    long count = 0;
    long chars = 0;
    for (RawArticle a : withSentinel(articles)) {
      if (a != null) {
        cleaner.observe(a);
        ahead.add(a);
        if (ahead.size() <= LOOK_AHEAD) {
          continue;
        }
      }
      while (!ahead.isEmpty() && (a == null || ahead.size() > LOOK_AHEAD)) {
        RawArticle next = ahead.poll();
        String text = cleaner.normalize(next.text());
        count++;
        chars += text.length();
        int i = 0;
        for (ArticleCleaner.Step step : cleaner.steps(next.source())) {
          String out = step.cleaner().clean(text);
          account(removed[i++], text, out, lines);
          text = out;
        }
      }
    }
    List<Step> result = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      result.add(new Step(names.get(i), removed[i][0], removed[i][1], removed[i][2]));
    }
    Map<String, Integer> top = new LinkedHashMap<>();
    lines.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(commonLines)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return new Result(count, chars, result, top);
  }

  private static void account(
      long[] into, String before, String after, Map<String, Integer> lines) {
    if (before.equals(after)) {
      return;
    }
    into[0] += before.length() - after.length();
    into[2]++;
    Set<String> kept = new TreeSet<>(List.of(after.split("\n")));
    for (String line : new TreeSet<>(List.of(before.split("\n")))) {
      if (!line.isBlank() && !kept.contains(line)) {
        into[1]++;
        lines.merge(line.length() > 100 ? line.substring(0, 100) + "…" : line, 1, Integer::sum);
      }
    }
  }

  /** The articles, then one null that says the input is over. */
  private static Iterable<RawArticle> withSentinel(Iterable<RawArticle> articles) {
    List<RawArticle> all = new ArrayList<>();
    articles.forEach(all::add);
    all.add(null);
    return all;
  }
}
