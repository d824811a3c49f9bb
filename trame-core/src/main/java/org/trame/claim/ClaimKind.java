package org.trame.claim;

import java.util.Locale;
import java.util.Set;

/** What a claim is about. Only scheduled dates so far. */
public enum ClaimKind {
  RELEASE_DATE("release date", "WORK", "MISC"),
  PREMIERE_DATE("premiere date", "WORK", "MISC"),
  TRIAL_DATE("trial date", "PER", "ORG", "MISC"),
  VOTE_DATE("vote date", "ORG", "LOC", "MISC", "WORK"),
  LAUNCH_DATE("launch date", "WORK", "MISC", "ORG"),
  OPENING_DATE("opening date", "ORG", "LOC", "WORK", "MISC");

  private final String words;
  private final Set<String> subjectTypes;

  ClaimKind(String words, String... subjectTypes) {
    this.words = words;
    this.subjectTypes = Set.of(subjectTypes);
  }

  /**
   * The entity types a subject of this kind has: a work is released, a person or a firm is tried.
   */
  public Set<String> subjectTypes() {
    return subjectTypes;
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
