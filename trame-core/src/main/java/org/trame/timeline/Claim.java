package org.trame.timeline;

import java.util.List;

/**
 * A typed fact about a subject whose value can change over time (a release date, a title).
 *
 * @param subject what it is about ("Mission: Impossible 7")
 * @param kind what kind of fact ("release_date")
 * @param values every value given, oldest statement first; none is ever dropped
 */
public record Claim(String subject, String kind, List<ClaimValue> values) {

  public Claim {
    values = List.copyOf(values);
  }
}
