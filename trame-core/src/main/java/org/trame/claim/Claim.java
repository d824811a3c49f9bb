package org.trame.claim;

import java.util.List;
import java.util.Objects;

/**
 * A typed fact about a subject whose value can change over time (a release date, a trial date).
 *
 * @param subject what it is about ("Mission Impossible 7"), one name for the whole story
 * @param kind what kind of fact
 * @param values every value given, oldest statement first, each marked with how it changed what was
 *     known; none is ever dropped
 * @param current the value that stands: the latest one that is neither a restatement nor in
 *     conflict (one of {@code values})
 */
public record Claim(String subject, ClaimKind kind, List<ClaimValue> values, ClaimValue current) {

  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a claim has at least one value");
    }
    Objects.requireNonNull(current, "current");
  }
}
