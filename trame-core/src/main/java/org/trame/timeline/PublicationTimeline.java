package org.trame.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

/**
 * A first timeline: one entry per event, dated by its earliest article at that article's precision,
 * told by that article's headline, supported by all the event's articles. Events with no dated
 * article have no place on a timeline and are left out.
 */
public final class PublicationTimeline implements TimelineBuilder {

  @Override
  public List<TimelineEntry> build(List<Event> events, Map<String, StoredArticle> articles) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Event event : events) {
      StoredArticle earliest = null;
      List<String> sources = new ArrayList<>();
      for (String id : event.articleIds()) {
        StoredArticle a = articles.get(id);
        if (a == null) {
          continue;
        }
        sources.add(id);
        PublishedDate d = a.article().published();
        if (d != null && (earliest == null || d.compareTo(earliest.article().published()) < 0)) {
          earliest = a;
        }
      }
      if (earliest != null) {
        entries.add(
            new TimelineEntry(
                earliest.article().published(), earliest.article().title(), sources, event.id()));
      }
    }
    entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::eventId));
    return entries;
  }
}
