package org.trame.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trame.story.Event;
import org.trame.story.Story;

/**
 * The events and stories a store holds in memory, and those changed since its last commit: what the
 * embedded store and the OpenSearch store keep alike. Not thread-safe: the writer's thread, or a
 * reader loading once.
 */
public final class Clusters {

  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  private final Set<String> changedStories = new LinkedHashSet<>();
  private final Set<String> changedEvents = new LinkedHashSet<>();
  private long mergedStories;

  public void put(Event event) {
    events.put(event.id(), event);
    changedEvents.add(event.id());
  }

  public void put(Story story) {
    keep(story);
    changedStories.add(story.id());
  }

  private void keep(Story story) {
    Story before = stories.put(story.id(), story);
    mergedStories += (story.merged() ? 1 : 0) - (before != null && before.merged() ? 1 : 0);
  }

  public Optional<Event> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  public Optional<Story> story(String id) {
    return Optional.ofNullable(stories.get(id));
  }

  public long events() {
    return events.size();
  }

  /** The stories that stand on their own: merged ones are not counted. */
  public long stories() {
    return stories.size() - mergedStories();
  }

  /** The stories merged into others, kept so that their ids can be followed. */
  public long mergedStories() {
    return mergedStories;
  }

  /** All stories that stand on their own, most recently active first. */
  public List<Story> byActivity() {
    List<Story> all = new ArrayList<>(stories.size());
    for (Story s : stories.values()) {
      if (!s.merged()) {
        all.add(s);
      }
    }
    all.sort(
        Comparator.comparing((Story s) -> s.last() == null ? LocalDate.MIN : s.last().lastDay())
            .reversed()
            .thenComparing(Story::id));
    return all;
  }

  public List<Event> eventsAsCreated() {
    List<Event> all = new ArrayList<>(events.values());
    all.sort(Comparator.comparing((Event e) -> number(e.id())).thenComparing(Event::id));
    return all;
  }

  public List<Story> storiesAsCreated() {
    List<Story> all = new ArrayList<>(stories.values());
    all.sort(Comparator.comparing((Story s) -> number(s.id())).thenComparing(Story::id));
    return all;
  }

  /** The events changed since the last commit, in the order they first changed. */
  public List<Event> changedEvents() {
    return changedEvents.stream().map(events::get).toList();
  }

  /** The stories changed since the last commit, in the order they first changed. */
  public List<Story> changedStories() {
    return changedStories.stream().map(stories::get).toList();
  }

  public boolean changed() {
    return !changedEvents.isEmpty() || !changedStories.isEmpty();
  }

  /** What changed is now in the store's committed state. */
  public void committed() {
    changedEvents.clear();
    changedStories.clear();
  }

  public void clear() {
    events.clear();
    stories.clear();
    mergedStories = 0;
    committed();
  }

  /**
   * Takes events and stories read from the store, in the order they were created; one read again
   * replaces the one held and keeps its place.
   */
  public void load(Collection<?> read) {
    List<Object> sorted = new ArrayList<>(read);
    sorted.sort(Comparator.comparing(Clusters::number));
    for (Object o : sorted) {
      if (o instanceof Event e) {
        events.put(e.id(), e);
      } else if (o instanceof Story s) {
        keep(s);
      } else {
        throw new IllegalArgumentException("neither an event nor a story: " + o);
      }
    }
  }

  private static long number(Object cluster) {
    return number(cluster instanceof Event e ? e.id() : ((Story) cluster).id());
  }

  /** Event or story ids in the order they were made: by counter, then as text. */
  public static final Comparator<String> CREATION_ORDER =
      Comparator.comparingLong((String id) -> number(id)).thenComparing(Comparator.naturalOrder());

  /** Ids are a prefix and a counter ({@code e-40}); the counter orders them by creation. */
  public static long number(String id) {
    try {
      return Long.parseLong(id.substring(id.indexOf('-') + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * The store's counts: its articles, copies, when it last committed and its articles by language
   * (language code to {articles, supported}), with the events and stories held here.
   */
  public org.trame.store.StoreCounts counts(
      long articles,
      long duplicates,
      java.time.Instant lastCommit,
      Map<String, long[]> languageCounts) {
    Map<String, org.trame.store.StoreCounts.LanguageCount> languages = new java.util.TreeMap<>();
    languageCounts.forEach(
        (k, v) -> languages.put(k, new org.trame.store.StoreCounts.LanguageCount(v[0], v[1])));
    return new org.trame.store.StoreCounts(
        articles, duplicates, events(), stories(), lastCommit, languages, mergedStories());
  }
}
