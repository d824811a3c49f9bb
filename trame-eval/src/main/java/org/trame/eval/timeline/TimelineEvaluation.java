package org.trame.eval.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.analysis.TimeMention;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.eval.data.LabelledArticles.Labelled;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.timeline.StoryTimeline;
import org.trame.timeline.TimelineBuilder;
import org.trame.timeline.TimelineEntry;

/**
 * Feeds a labelled set through the whole pipeline into a fresh store, then, for each reference
 * timeline, builds the timeline of its gold story (from that story's articles, grouped by the
 * events trame made of them) with as many dates as the reference has, and scores it (news-tls takes
 * the reference's number of dates as the budget). The baseline in the same run keeps the days on
 * which the most articles were published, told by their headlines.
 */
public final class TimelineEvaluation {

  /** How a timeline is made. */
  public enum Method {
    /** trame's timeline: events and dated statements, summarized under the budget */
    TRAME,
    /** the days with the most articles published */
    PUBCOUNT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One method's scores on one reference timeline. */
  public record Score(
      TimelineScorer.Prf date, TimelineScorer.Prf rouge1, TimelineScorer.Prf rouge2, int dates) {}

  /**
   * @param oracleDateRecall the share of reference dates found at all among the story's publication
   *     days and resolved day mentions: what any date selection could reach
   */
  public record Result(
      ReferenceTimeline reference,
      int articles,
      double oracleDateRecall,
      Map<Method, Score> scores) {}

  private TimelineEvaluation() {}

  public static List<Result> run(
      List<Labelled> articles, List<ReferenceTimeline> timelines, Path workDir) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    for (Labelled l : articles) {
      if (l.story() != null) {
        storyOf.put(l.article().id(), l.story());
      }
    }
    List<Result> results = new ArrayList<>();
    try (Trame trame = Trame.open(workDir)) {
      trame.ingest(articles.stream().map(Labelled::article).toList(), IngestListener.NONE);
      Map<String, List<StoredArticle>> byStory = new HashMap<>();
      for (Map.Entry<String, String> e : storyOf.entrySet()) {
        trame
            .article(e.getKey())
            .ifPresent(a -> byStory.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(a));
      }
      for (ReferenceTimeline reference : timelines) {
        List<StoredArticle> story = byStory.getOrDefault(reference.story(), List.of());
        results.add(score(reference, story, new StoryTimeline()));
      }
    }
    return results;
  }

  static Result score(
      ReferenceTimeline reference, List<StoredArticle> story, TimelineBuilder builder) {
    Map<String, StoredArticle> byId = new LinkedHashMap<>();
    story.stream()
        .sorted(Comparator.comparing(StoredArticle::id))
        .forEach(a -> byId.put(a.id(), a));
    int budget = reference.dates().size();
    Map<LocalDate, List<String>> gold = new TreeMap<>();
    reference
        .entries()
        .forEach(e -> gold.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e.text()));
    Map<Method, Score> scores = new LinkedHashMap<>();
    List<TimelineEntry> built = builder.build(eventsOf(byId), byId, budget);
    scores.put(Method.TRAME, score(days(built), gold));
    scores.put(Method.PUBCOUNT, score(publicationCount(byId.values(), budget), gold));
    return new Result(reference, byId.size(), oracle(byId.values(), gold.keySet()), scores);
  }

  /** The story's articles grouped by the events trame made of them (restricted to the story). */
  static List<Event> eventsOf(Map<String, StoredArticle> articles) {
    Map<String, List<StoredArticle>> byEvent = new LinkedHashMap<>();
    for (StoredArticle a : articles.values()) {
      String event = a.eventId() != null ? a.eventId() : "article:" + a.id();
      byEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(a);
    }
    List<Event> events = new ArrayList<>();
    byEvent.forEach((id, list) -> {
      List<PublishedDate> dates =
          list.stream().map(a -> a.article().published()).filter(d -> d != null).sorted().toList();
      events.add(
          new Event(
              id,
              list.get(0).storyId(),
              list.get(0).article().title(),
              list.stream().map(StoredArticle::id).toList(),
              dates.isEmpty() ? null : dates.get(0),
              dates.isEmpty() ? null : dates.get(dates.size() - 1)));
    });
    return events;
  }

  /** The texts of each day of a built timeline; entries of a coarser precision name no day. */
  static Map<LocalDate, List<String>> days(List<TimelineEntry> entries) {
    Map<LocalDate, List<String>> days = new TreeMap<>();
    for (TimelineEntry e : entries) {
      if (e.date().precision() == Precision.DAY) {
        days.computeIfAbsent(e.date().date(), k -> new ArrayList<>()).add(e.text());
      }
    }
    return days;
  }

  /** The baseline: the {@code budget} days most articles were published on, by their headlines. */
  static Map<LocalDate, List<String>> publicationCount(
      java.util.Collection<StoredArticle> articles, int budget) {
    Map<LocalDate, List<StoredArticle>> byDay = new TreeMap<>();
    for (StoredArticle a : articles) {
      PublishedDate p = a.article().published();
      if (p != null && p.precision() == Precision.DAY && !a.duplicate()) {
        byDay.computeIfAbsent(p.date(), k -> new ArrayList<>()).add(a);
      }
    }
    List<LocalDate> days = new ArrayList<>(byDay.keySet());
    days.sort(
        Comparator.comparingInt((LocalDate d) -> -byDay.get(d).size())
            .thenComparing(Comparator.naturalOrder()));
    Map<LocalDate, List<String>> out = new TreeMap<>();
    for (LocalDate d : days.subList(0, Math.min(budget, days.size()))) {
      out.put(d, List.of(byDay.get(d).get(0).article().title()));
    }
    return out;
  }

  static double oracle(java.util.Collection<StoredArticle> articles, Set<LocalDate> reference) {
    if (reference.isEmpty()) {
      return 0;
    }
    Set<LocalDate> found = new HashSet<>();
    for (StoredArticle a : articles) {
      PublishedDate p = a.article().published();
      if (p != null && p.precision() == Precision.DAY) {
        found.add(p.date());
      }
      for (TimeMention t : a.analysis().times()) {
        PublishedDate d = org.trame.timeline.TimelineDates.parse(t.value());
        if (d != null && d.precision() == Precision.DAY) {
          found.add(d.date());
        }
      }
    }
    found.retainAll(reference);
    return (double) found.size() / reference.size();
  }

  private static Score score(
      Map<LocalDate, List<String>> produced, Map<LocalDate, List<String>> gold) {
    return new Score(
        TimelineScorer.dateF1(produced.keySet(), gold.keySet()),
        TimelineScorer.agreementRouge(produced, gold, 1),
        TimelineScorer.agreementRouge(produced, gold, 2),
        produced.size());
  }

  /** Means over timelines of each method's date F1, ROUGE-1 F, ROUGE-2 F and of the oracle. */
  public record Mean(double dateF1, double rouge1F, double rouge2F, double oracleDateRecall) {
    public static Mean of(List<Result> results, Method method) {
      double d = 0;
      double r1 = 0;
      double r2 = 0;
      double o = 0;
      for (Result r : results) {
        Score s = r.scores().get(method);
        d += s.date().f1();
        r1 += s.rouge1().f1();
        r2 += s.rouge2().f1();
        o += r.oracleDateRecall();
      }
      int n = Math.max(1, results.size());
      return new Mean(d / n, r1 / n, r2 / n, o / n);
    }
  }
}
