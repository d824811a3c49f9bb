package org.trame.claim;

import java.util.Locale;
import java.util.Set;

/**
 * What a claim is about: scheduled dates, quantities (an age, a toll, a budget), roles (who
 * directs, who plays a part, who heads an organisation) and titles.
 */
public enum ClaimKind {
  RELEASE_DATE("release date"),
  PREMIERE_DATE("premiere date"),
  TRIAL_DATE("trial date"),
  VOTE_DATE("vote date"),
  LAUNCH_DATE("launch date"),
  OPENING_DATE("opening date"),
  /** A person's age in years. */
  AGE("age"),
  /** How many died. */
  DEATH_TOLL("death toll"),
  /** How many were hurt. */
  INJURED_COUNT("injured"),
  /** What a work or a project is to cost, or was given to spend. */
  BUDGET("budget"),
  /** What something cost, or is to cost ("a coûté 3 milliards d'euros"). */
  COST("cost"),
  /** Who directs a work. */
  DIRECTOR("director"),
  /** Who plays a part in a work, one claim per part. */
  CAST("cast"),
  /** Who heads an organisation, one claim per post (chair, chief executive). */
  HEAD_OF("head"),
  /** A work's title. */
  TITLE("title");

  private final String words;

  ClaimKind(String words) {
    this.words = words;
  }

  /**
   * The entity types a subject of this kind has: a work is released, a person or a firm is tried.
   */
  public Set<String> subjectTypes() {
    return switch (this) {
      case RELEASE_DATE, PREMIERE_DATE -> Set.of("WORK", "MISC");
      case TRIAL_DATE -> Set.of("PER", "ORG", "MISC");
      case VOTE_DATE -> Set.of("ORG", "LOC", "MISC", "WORK");
      case LAUNCH_DATE -> Set.of("WORK", "MISC", "ORG");
      case OPENING_DATE -> Set.of("ORG", "LOC", "WORK", "MISC");
      case AGE -> Set.of("PER");
      case DEATH_TOLL, INJURED_COUNT -> Set.of("LOC", "MISC");
      case BUDGET, COST -> Set.of("WORK", "MISC", "ORG", "LOC");
      case DIRECTOR, CAST, TITLE -> Set.of("WORK", "MISC");
      case HEAD_OF -> Set.of("ORG");
    };
  }

  /**
   * Whether a statement of this kind is only ever about the subject it names: an age is the age of
   * the person beside it, a head heads the organisation named, never the story's main subject.
   * Statements of these kinds that name no subject are not made.
   */
  public boolean namedSubjectOnly() {
    return this == AGE || this == HEAD_OF;
  }

  /**
   * Two values said at most this many days apart are of about the same time, so they conflict
   * rather than update ({@link ClaimDates#sameTime}). A week for most kinds (the time a change
   * takes to reach every outlet); the same day for a toll or a count of the injured, which rise by
   * the hour in the first days: a higher figure the next day is an update.
   */
  public int sameTimeDays() {
    return this == DEATH_TOLL || this == INJURED_COUNT ? 0 : ClaimDates.SAME_TIME_DAYS;
  }

  /** As written in JSON: {@code release_date}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** As written for people: {@code release date}. */
  public String words() {
    return words;
  }
}
