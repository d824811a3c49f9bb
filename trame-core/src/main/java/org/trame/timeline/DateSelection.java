package org.trame.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Timeline summarization under a budget, in the spirit of the date selection of news-tls
 * (Ghalandari &amp; Ifrim 2020): dates are ranked by how many articles name them and how many were
 * published on them, plus how central what is said on them is to the story; the {@code budget} best
 * dates are kept, each with its most supported, most central entry.
 *
 * <p>A date's weight: the number of distinct articles whose statements name it, plus half the
 * number published on it (a day's reports are mostly about the day before: naming a date is the
 * stronger sign), plus the cosine of its entries' words with the whole story's (0 to 1, which
 * breaks ties between dates named equally often). A less precise date says less about when
 * something happened, so a month weighs half a day, a season or a year a quarter.
 */
final class DateSelection implements TimelineStage {

  private final int budget;

  /**
   * @param budget how many dates to keep; 0 or less keeps every date (then only the most supported
   *     entry per date is not chosen either: everything stays)
   */
  DateSelection(int budget) {
    this.budget = budget;
  }

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Material material) {
    if (budget <= 0) {
      return candidates;
    }
    Map<String, List<Candidate>> byDate = new LinkedHashMap<>();
    Map<String, Integer> story = new HashMap<>();
    for (Candidate c : candidates) {
      byDate.computeIfAbsent(c.dateKey(), k -> new ArrayList<>()).add(c);
      c.terms().forEach((t, n) -> story.merge(t, n, Integer::sum));
    }
    Map<String, Integer> publishedOn = new HashMap<>();
    for (StoredArticle a : material.articles().values()) {
      PublishedDate p = a.article().published();
      if (p != null && !a.duplicate()) {
        publishedOn.merge(TimelineDates.label(p), 1, Integer::sum);
      }
    }
    Map<String, Double> score = new HashMap<>();
    byDate.forEach((key, list) -> {
      Set<String> naming = new HashSet<>();
      Map<String, Integer> words = new HashMap<>();
      for (Candidate c : list) {
        if (c.kind() == TimelineEntry.Kind.STATEMENT) {
          naming.addAll(c.sources());
        }
        c.terms().forEach((t, n) -> words.merge(t, n, Integer::sum));
      }
      double weight =
          naming.size()
              + 0.5 * publishedOn.getOrDefault(key, 0)
              + ContentWords.cosine(words, story);
      score.put(key, weight * precisionWeight(list.get(0).date().precision()));
    });
    List<String> chosen = new ArrayList<>(byDate.keySet());
    chosen.sort(
        Comparator.comparingDouble((String k) -> -score.get(k))
            .thenComparing(Comparator.naturalOrder()));
    List<Candidate> out = new ArrayList<>();
    for (String key : chosen.subList(0, Math.min(budget, chosen.size()))) {
      out.add(
          byDate.get(key).stream()
              .max(
                  Comparator.comparingInt((Candidate c) -> c.sources().size())
                      .thenComparingDouble(c -> ContentWords.cosine(c.terms(), story)))
              .orElseThrow());
    }
    return out;
  }

  private static double precisionWeight(Precision p) {
    return switch (p) {
      case DAY -> 1;
      case MONTH -> 0.5;
      case SEASON, YEAR -> 0.25;
    };
  }
}
