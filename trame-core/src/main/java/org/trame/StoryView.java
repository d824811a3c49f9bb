package org.trame;

import java.time.LocalDate;
import java.util.List;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;
import org.trame.timeline.Claim;
import org.trame.timeline.TimelineEntry;

/**
 * A story as it can be shown: its events, articles, timeline and claims, possibly restricted to
 * what was published by a given day.
 *
 * @param story the story (its lists restricted like the rest in an as-of view)
 * @param asOf the day of the view, or null for everything stored
 * @param events its visible events, in order of their first article
 * @param articles its visible articles, by publication date (undated last)
 * @param timeline its dated entries
 * @param claims facts whose values changed over time (none until the claims stage exists)
 */
public record StoryView(
    Story story,
    LocalDate asOf,
    List<Event> events,
    List<StoredArticle> articles,
    List<TimelineEntry> timeline,
    List<Claim> claims) {}
