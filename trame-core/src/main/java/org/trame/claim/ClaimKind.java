package org.trame.claim;

import java.util.Locale;
import java.util.Set;

/** What a claim is about. Only scheduled dates so far. */
public enum ClaimKind {
  RELEASE_DATE("release date"),
  PREMIERE_DATE("premiere date"),
  TRIAL_DATE("trial date"),
  VOTE_DATE("vote date"),
  LAUNCH_DATE("launch date"),
  OPENING_DATE("opening date");

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
    };
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
