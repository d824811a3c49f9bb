package org.trame.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;
import org.trame.story.Event;

/**
 * Adds one candidate per event: dated by its earliest article at that article's precision, told by
 * that article's headline (its first sentence when the headline runs on), supported by all the
 * event's articles. An event with no dated article has no place on a timeline.
 */
final class EventEntries implements TimelineStage {

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Material material) {
    List<Candidate> out = new ArrayList<>(candidates);
    for (Event event : material.events()) {
      StoredArticle earliest = null;
      List<String> sources = new ArrayList<>();
      for (String id : event.articleIds()) {
        StoredArticle a = material.articles().get(id);
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
        String headline = headline(earliest.article().title());
        out.add(
            new Candidate(
                earliest.article().published(),
                headline,
                sources,
                Set.of(),
                event.id(),
                TimelineEntry.Kind.EVENT,
                ContentWords.of(headline),
                Set.of()));
      }
    }
    return out;
  }

  /** The headline's first sentence, when the headline is a whole opening paragraph. */
  static String headline(String title) {
    String t = title.strip();
    if (t.length() <= Sentences.LONGEST) {
      return t;
    }
    int[] first = Sentences.around(t, 0, 0);
    return Sentences.cut(t.substring(first[0], first[1]));
  }
}
