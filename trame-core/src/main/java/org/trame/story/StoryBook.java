package org.trame.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.store.Store;
import org.trame.store.internal.Clusters;

/**
 * Keeps events and stories up to date as articles join them: ids, article lists, date spans,
 * titles. Ids are a prefix and a counter ({@code s-12}, {@code e-40}), so a given input order
 * always gives the same ids.
 */
public final class StoryBook {

  private final Store store;
  private long nextStory;
  private long nextEvent;

  public StoryBook(Store store) {
    this.store = store;
    this.nextStory = store.counts().stories() + store.counts().mergedStories() + 1;
    this.nextEvent = store.counts().events() + 1;
  }

  /**
   * Puts {@code article} in the event and story of {@code assignment}, creating them as needed; the
   * stories it bridges ({@link Assignment#merged}) are first merged into the story joined.
   */
  public Placement place(Article article, Assignment assignment) {
    if (assignment.storyId() != null && !assignment.merged().isEmpty()) {
      merge(assignment.storyId(), assignment.merged(), article.id());
    }
    Story story = Optional.ofNullable(assignment.storyId()).flatMap(store::story).orElse(null);
    if (story == null) {
      String id = "s-" + nextStory++;
      story = new Story(id, "", List.of(), List.of(), null, null);
    }
    Event event = Optional.ofNullable(assignment.eventId()).flatMap(store::event).orElse(null);
    if (event == null || !event.storyId().equals(story.id())) {
      String id = "e-" + nextEvent++;
      event = new Event(id, story.id(), "", List.of(), null, null);
    }
    return join(article, story, event);
  }

  /** Puts a near-copy beside its original: same event, same story. */
  public Placement placeWith(Article copy, String storyId, String eventId) {
    Story story = store.story(storyId).orElseThrow();
    Event event = store.event(eventId).orElseThrow();
    return join(copy, story, event);
  }

  private Placement join(Article article, Story story, Event event) {
    PublishedDate date = article.published();
    boolean newEvent = event.articleIds().isEmpty();
    Event updatedEvent =
        new Event(
            event.id(),
            story.id(),
            Headline.choose(event.title(), event.first(), article),
            append(event.articleIds(), article.id()),
            min(event.first(), date),
            max(event.last(), date));
    List<String> eventIds = newEvent ? append(story.eventIds(), event.id()) : story.eventIds();
    Story updatedStory =
        new Story(
            story.id(),
            Headline.choose(story.title(), story.first(), article),
            eventIds,
            append(story.articleIds(), article.id()),
            min(story.first(), date),
            max(story.last(), date));
    store.put(updatedEvent);
    store.put(updatedStory);
    return new Placement(updatedStory.id(), updatedEvent.id());
  }

  /**
   * Merges stories into {@code intoId}: their events (ids kept) and articles, copies included, go
   * to it, and each stays as a record that names the story it went to ({@link Story#mergedInto})
   * and the article that showed them to be one.
   */
  public void merge(String intoId, List<String> fromIds, String byArticle) {
    Story into = store.story(intoId).orElseThrow();
    for (String fromId : fromIds) {
      Story from = store.story(fromId).orElseThrow();
      if (from.merged() || from.id().equals(into.id())) {
        continue;
      }
      for (String eventId : from.eventIds()) {
        Event e = store.event(eventId).orElseThrow();
        store.put(new Event(e.id(), into.id(), e.title(), e.articleIds(), e.first(), e.last()));
      }
      store.moveArticles(from.articleIds(), into.id());
      List<String> events = new ArrayList<>(into.eventIds());
      events.addAll(from.eventIds());
      events.sort(Clusters.CREATION_ORDER);
      List<String> articles = new ArrayList<>(into.articleIds());
      articles.addAll(from.articleIds());
      into =
          new Story(
              into.id(),
              into.title().isEmpty() ? from.title() : into.title(),
              events,
              articles,
              min(into.first(), from.first()),
              max(into.last(), from.last()));
      store.put(
          new Story(
              from.id(),
              from.title(),
              List.of(),
              List.of(),
              from.first(),
              from.last(),
              into.id(),
              byArticle));
    }
    store.put(into);
  }

  /** Where an article was placed. */
  public record Placement(String storyId, String eventId) {}

  private static List<String> append(List<String> list, String id) {
    List<String> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(id);
    return out;
  }

  private static PublishedDate min(PublishedDate a, PublishedDate b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : List.of(a, b).stream().min(Comparator.naturalOrder()).orElseThrow();
  }

  private static PublishedDate max(PublishedDate a, PublishedDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.lastDay().isBefore(b.lastDay()) ? b : a;
  }
}
