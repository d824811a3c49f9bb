package org.trame.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.analysis.TimeMention;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Timeline summarization under a budget, in the spirit of the date selection of news-tls
 * (Ghalandari &amp; Ifrim 2020): dates are ranked by how many articles of the story name them and
 * how many were published on them, plus how central what is said on them is to the story; the
 * {@code budget} best dates are kept, each with its most supported, most central entry that no
 * better date has already taken (a sentence naming four dates is not told four times when those
 * dates have other entries).
 *
 * <p>A date's weight: the number of distinct articles that name it anywhere in their text (every
 * resolved mention counts, not only the sentences kept as statements: news-tls's mention count),
 * where a text longer than {@link #ARTICLE_LENGTH} counts as that share of one article (a scraped
 * page of 590,000 characters, a whole site of unrelated stories, names hundreds of dates, and its
 * vote should weigh no more than one article's), plus half the number published on it (a day's
 * reports are mostly about the day before: naming a date is the stronger sign), plus the cosine of
 * its entries' words with the whole story's (0 to 1, which breaks ties between dates named equally
 * often). A less precise date says less about when something happened, so a month weighs half a
 * day, a season, a quarter, a half year or a year a quarter of it.
 *
 * <p>The order of the budget: first the days up to the story's last publication day, then the
 * coarser dates up to it, then the dates after it. Only a day can say when something happened to
 * the day; a date after every article of the story was written is an announcement nobody reported
 * again, or the furniture of a page scraped later (a sidebar's "10 settembre 2015" on a 2011
 * article).
 */
final class DateSelection implements TimelineStage {

  /**
   * Characters of a long news article (some 1,500 words): a longer text names dates with a vote
   * worth this length over its own. Measured on the CL-TLS dev timelines (docs/architecture.md).
   */
  static final int ARTICLE_LENGTH = 10_000;

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
    Map<String, Double> naming = new HashMap<>();
    LocalDate lastPublished = null;
    for (StoredArticle a : material.articles().values()) {
      if (a.duplicate()) {
        continue;
      }
      PublishedDate p = a.article().published();
      if (p != null) {
        publishedOn.merge(TimelineDates.label(p), 1, Integer::sum);
        if (lastPublished == null || p.lastDay().isAfter(lastPublished)) {
          lastPublished = p.lastDay();
        }
      }
      Set<String> named = new HashSet<>();
      double vote = vote(a.article().fullText().length());
      for (TimeMention t : a.analysis().times()) {
        PublishedDate d = TimelineDates.parse(t.value());
        if (d != null && named.add(TimelineDates.label(d))) {
          naming.merge(TimelineDates.label(d), vote, Double::sum);
        }
      }
    }
    Map<String, Double> score = new HashMap<>();
    Map<String, Integer> tier = new HashMap<>();
    for (Map.Entry<String, List<Candidate>> e : byDate.entrySet()) {
      String key = e.getKey();
      PublishedDate date = e.getValue().get(0).date();
      Map<String, Integer> words = new HashMap<>();
      for (Candidate c : e.getValue()) {
        c.terms().forEach((t, n) -> words.merge(t, n, Integer::sum));
      }
      double weight =
          naming.getOrDefault(key, 0.0)
              + 0.5 * publishedOn.getOrDefault(key, 0)
              + ContentWords.cosine(words, story);
      score.put(key, weight * precisionWeight(date.precision()));
      tier.put(key, tier(date, lastPublished));
    }
    List<String> chosen = new ArrayList<>(byDate.keySet());
    chosen.sort(
        Comparator.comparingInt((String k) -> tier.get(k))
            .thenComparingDouble(k -> -score.get(k))
            .thenComparing(Comparator.naturalOrder()));
    // a sentence that names several dates is told once where another entry can stand instead:
    // the dates with one entry take theirs first, then each date its best entry not yet told
    List<String> kept = chosen.subList(0, Math.min(budget, chosen.size()));
    Comparator<Candidate> best =
        Comparator.comparingInt((Candidate c) -> -c.sources().size())
            .thenComparingDouble(c -> -ContentWords.cosine(c.terms(), story));
    Set<String> told = new HashSet<>();
    Map<String, Candidate> picked = new HashMap<>();
    for (String key : kept) {
      if (byDate.get(key).size() == 1) {
        picked.put(key, byDate.get(key).get(0));
        told.addAll(byDate.get(key).get(0).sentences());
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (String key : kept) {
      Candidate pick = picked.get(key);
      if (pick == null) {
        List<Candidate> ranked = new ArrayList<>(byDate.get(key));
        ranked.sort(best);
        pick =
            ranked.stream()
                .filter(c -> Collections.disjoint(told, c.sentences()))
                .findFirst()
                .orElse(ranked.get(0));
        told.addAll(pick.sentences());
      }
      out.add(pick);
    }
    return out;
  }

  /** What one text's naming of a date weighs: 1 for an article, less for a longer text. */
  static double vote(int length) {
    return length <= ARTICLE_LENGTH ? 1 : (double) ARTICLE_LENGTH / length;
  }

  /** 0: a day up to the last publication; 1: a coarser date up to it; 2: a date after it. */
  static int tier(PublishedDate date, LocalDate lastPublished) {
    if (lastPublished != null && date.date().isAfter(lastPublished)) {
      return 2;
    }
    return date.precision() == Precision.DAY ? 0 : 1;
  }

  private static double precisionWeight(Precision p) {
    return switch (p) {
      case DAY -> 1;
      case MONTH -> 0.5;
      case SEASON, QUARTER, HALF, YEAR -> 0.25;
    };
  }
}
