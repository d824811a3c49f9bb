package org.trame.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Makes one candidate of the same fact told several times: candidates on the same date (at the same
 * precision) whose words mostly agree are merged, with all their sources. An event's own article
 * that names its day ("ce lundi 19 décembre") in words like its headline's refines an event dated
 * only to the month, and moves an event dated by its first report to the day it happened when the
 * headline tells one of the 3 days before, or a later day that a later report of the event reached
 * (the event and that statement used to show the same sentence on two days). The merged text is the
 * one most like the others'.
 */
final class MergeSameFact implements TimelineStage {

  /**
   * Share of the shorter sentence's content words that the other must hold: on the same date in the
   * same story, a third of the words in common is already one happening told twice.
   */
  static final double SAME_FACT = 1.0 / 3;

  /** Fewest content words two sentences must share to be one fact: one or two is chance. */
  static final int FEWEST_SHARED = 3;

  /** How long before its first report an event's happening may be told to the day. */
  static final int HAPPENED_WITHIN_DAYS = 3;

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Material material) {
    List<Candidate> refined = refineEvents(candidates, material);
    Map<String, List<Candidate>> byDate = new LinkedHashMap<>();
    for (Candidate c : refined) {
      byDate.computeIfAbsent(c.dateKey(), k -> new ArrayList<>()).add(c);
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> sameDate : byDate.values()) {
      out.addAll(merge(sameDate));
    }
    return out;
  }

  static boolean sameFact(Candidate a, Candidate b) {
    int fewest = Math.min(FEWEST_SHARED, Math.min(a.terms().size(), b.terms().size()));
    return ContentWords.shared(a.terms(), b.terms()) >= Math.max(1, fewest)
        && ContentWords.overlap(a.terms(), b.terms()) >= SAME_FACT;
  }

  /**
   * Event candidates dated more precisely by a statement of their own articles that tells them: the
   * earliest day inside an event dated to the month, else the latest of the 3 days before, else the
   * earliest day after its first report on or before its last report.
   */
  private static List<Candidate> refineEvents(List<Candidate> candidates, Material material) {
    List<Candidate> out = new ArrayList<>(candidates);
    List<Candidate> events =
        candidates.stream().filter(c -> c.kind() == TimelineEntry.Kind.EVENT).toList();
    for (Candidate event : events) {
      Candidate inside = null;
      Candidate before = null;
      Candidate after = null;
      LocalDate lastReport = lastReport(event, material);
      for (Candidate s : out) {
        if (s.kind() != TimelineEntry.Kind.STATEMENT
            || !event.sources().containsAll(s.sources())
            || !sameFact(s, event)) {
          continue;
        }
        if (refines(s.date(), event.date())
            && (inside == null || s.date().compareTo(inside.date()) < 0)) {
          inside = s;
        } else if (daysBefore(s.date(), event.date())
            && (before == null || s.date().compareTo(before.date()) > 0)) {
          before = s;
        } else if (reportedUntil(s.date(), event.date(), lastReport)
            && (after == null || s.date().compareTo(after.date()) < 0)) {
          after = s;
        }
      }
      Candidate best = inside != null ? inside : before != null ? before : after;
      if (best != null) {
        out.set(
            out.indexOf(event),
            new Candidate(
                best.date(),
                event.text(),
                event.sources(),
                union(event.announcers(), best.announcers()),
                event.eventId(),
                event.kind(),
                event.terms(),
                union(event.said(), best.said())));
        out.remove(best);
      }
    }
    return out;
  }

  /** A more precise date inside the event's: "ce lundi 19 décembre" in a December event. */
  private static boolean refines(PublishedDate inner, PublishedDate outer) {
    return inner.precision().compareTo(outer.precision()) < 0
        && !inner.date().isBefore(outer.date())
        && !inner.lastDay().isAfter(outer.lastDay());
  }

  /**
   * A day shortly before the event's first report: the happening itself, which the report tells in
   * its headline's words ("Le général Georgelin est mort vendredi" in Saturday's paper).
   */
  private static boolean daysBefore(PublishedDate day, PublishedDate event) {
    return day.precision() == Precision.DAY
        && event.precision() == Precision.DAY
        && day.date().isBefore(event.date())
        && !day.date().isBefore(event.date().minusDays(HAPPENED_WITHIN_DAYS));
  }

  /**
   * A day after the event's first report that a later report of it reached: the happening its first
   * report announced ("arrive sur les écrans ce mercredi 12 juillet", on Monday, then a review on
   * Wednesday), which later reports confirm.
   */
  private static boolean reportedUntil(PublishedDate day, PublishedDate event, LocalDate last) {
    return day.precision() == Precision.DAY
        && event.precision() == Precision.DAY
        && last != null
        && day.date().isAfter(event.date())
        && !day.date().isAfter(last);
  }

  /** The last day an article of the event was published, known to the day, or null. */
  private static LocalDate lastReport(Candidate event, Material material) {
    LocalDate last = null;
    for (String id : event.sources()) {
      StoredArticle a = material.articles().get(id);
      PublishedDate d = a == null ? null : a.article().published();
      // a month or a guessed day says not when it was reported
      if (d != null
          && d.precision() == Precision.DAY
          && !d.estimated()
          && (last == null || d.date().isAfter(last))) {
        last = d.date();
      }
    }
    return last;
  }

  /** Groups of one date, linked when any two members tell the same fact. */
  private static List<Candidate> merge(List<Candidate> sameDate) {
    int n = sameDate.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Candidate a = sameDate.get(i);
        Candidate b = sameDate.get(j);
        boolean twoEvents = a.eventId() != null && b.eventId() != null;
        if (!twoEvents && sameFact(a, b)) {
          int gi = root(group, i);
          int gj = root(group, j);
          group[Math.max(gi, gj)] = Math.min(gi, gj);
        }
      }
    }
    Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(sameDate.get(i));
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> g : groups.values()) {
      out.add(g.size() == 1 ? g.get(0) : merged(g));
    }
    return out;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      i = group[i];
    }
    return i;
  }

  private static Candidate merged(List<Candidate> group) {
    Candidate shown = group.get(0);
    double bestLikeness = -1;
    for (Candidate c : group) {
      double likeness = 0;
      for (Candidate other : group) {
        if (other != c) {
          likeness += ContentWords.overlap(c.terms(), other.terms());
        }
      }
      // an event's headline is the better text at equal likeness
      if (likeness > bestLikeness
          || likeness == bestLikeness && c.kind() == TimelineEntry.Kind.EVENT) {
        bestLikeness = likeness;
        shown = c;
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    Set<String> announcers = new LinkedHashSet<>();
    Map<String, Integer> terms = new HashMap<>();
    Set<Candidate.Said> said = new LinkedHashSet<>();
    String eventId = null;
    boolean estimated = true;
    for (Candidate c : group) {
      sources.addAll(c.sources());
      announcers.addAll(c.announcers());
      c.terms().forEach((t, k) -> terms.merge(t, k, Integer::sum));
      said.addAll(c.said());
      if (eventId == null) {
        eventId = c.eventId();
      }
      estimated &= c.date().estimated();
    }
    PublishedDate date = shown.date();
    // one source that did not have to guess makes the date known
    date = new PublishedDate(date.date(), date.precision(), estimated);
    return new Candidate(
        date,
        shown.text(),
        new ArrayList<>(sources),
        announcers,
        eventId,
        eventId != null ? TimelineEntry.Kind.EVENT : TimelineEntry.Kind.STATEMENT,
        terms,
        said);
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
