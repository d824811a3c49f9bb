package org.trame.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

/**
 * A story's timeline from its events and from the dated statements of its articles: {@link
 * EventEntries} → {@link DatedStatements} → {@link MergeSameFact} → {@link OneDatePerSentence} →
 * (with a budget) {@link DateSelection}; then each entry's status: announced while only sources
 * written before its date support it, confirmed once one published on or after it does.
 */
public final class StoryTimeline implements TimelineBuilder {

  /**
   * Dates kept when a story's view asks for no other number. Measured on the CL-TLS dev timelines
   * (docs/architecture.md): with a fixed budget, the mean date F1 grows up to about 40 dates and
   * hardly after (the reference timelines hold 26 to 210 dates, median 50).
   */
  public static final int DEFAULT_BUDGET = 40;

  private final List<TimelineStage> stages;

  public StoryTimeline() {
    this.stages =
        List.of(
            new EventEntries(),
            new DatedStatements(),
            new MergeSameFact(),
            new OneDatePerSentence());
  }

  @Override
  public List<TimelineEntry> build(List<Event> events, Map<String, StoredArticle> articles) {
    return build(events, articles, 0);
  }

  @Override
  public List<TimelineEntry> build(
      List<Event> events, Map<String, StoredArticle> articles, int budget) {
    TimelineStage.Material material = new TimelineStage.Material(events, articles);
    List<Candidate> candidates = new ArrayList<>();
    for (TimelineStage stage : stages) {
      candidates = stage.apply(candidates, material);
    }
    candidates = new DateSelection(budget).apply(candidates, material);
    List<TimelineEntry> entries = new ArrayList<>();
    for (Candidate c : candidates) {
      entries.add(entry(c, articles));
    }
    entries.sort(
        Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::text));
    return entries;
  }

  private static TimelineEntry entry(Candidate c, Map<String, StoredArticle> articles) {
    boolean announced = !c.announcers().isEmpty();
    TimelineEntry.Status status = null;
    if (announced) {
      status = TimelineEntry.Status.ANNOUNCED;
      for (String id : c.sources()) {
        StoredArticle a = articles.get(id);
        PublishedDate p = a == null ? null : a.article().published();
        if (p != null && !p.date().isBefore(c.date().date())) {
          status = TimelineEntry.Status.CONFIRMED;
          break;
        }
      }
    }
    return new TimelineEntry(
        c.date(), c.text(), c.sources(), c.eventId(), c.kind(), announced, status);
  }
}
