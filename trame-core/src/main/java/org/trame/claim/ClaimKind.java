package org.trame.claim;

import java.util.Locale;

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

  /** As written in JSON: {@code release_date}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** As written for people: {@code release date}. */
  public String words() {
    return words;
  }
}
