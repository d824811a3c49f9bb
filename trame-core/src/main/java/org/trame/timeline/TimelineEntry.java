package org.trame.timeline;

import java.util.List;
import java.util.Objects;
import org.trame.article.PublishedDate;

/**
 * One dated line of a story's timeline.
 *
 * @param date when, at its own precision ({@code estimated} when the date was inferred)
 * @param text what happened
 * @param sources the ids of the articles that support it
 * @param eventId the event it comes from, or null for a statement inside an article
 * @param kind whether it stands for an event or for a dated statement
 * @param announced whether some source said it before the date it names
 * @param status null for a plain fact; {@link Status#ANNOUNCED} while only announcements support
 *     it, {@link Status#CONFIRMED} once an article published on or after its date supports it
 *     ({@link Status#SUPERSEDED} is decided by the claims stage)
 */
public record TimelineEntry(
    PublishedDate date,
    String text,
    List<String> sources,
    String eventId,
    Kind kind,
    boolean announced,
    Status status) {

  /** Where an entry comes from. */
  public enum Kind {
    EVENT,
    STATEMENT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How far the entry's date is known to have come true. */
  public enum Status {
    ANNOUNCED,
    CONFIRMED,
    SUPERSEDED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    sources = List.copyOf(sources);
  }

  /** An event's entry, said when it happened. */
  public TimelineEntry(PublishedDate date, String text, List<String> sources, String eventId) {
    this(date, text, sources, eventId, Kind.EVENT, false, null);
  }

  /** The same entry with another status (the claims stage marks superseded announcements). */
  public TimelineEntry withStatus(Status newStatus) {
    return new TimelineEntry(date, text, sources, eventId, kind, announced, newStatus);
  }
}
