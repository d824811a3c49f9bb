package org.trame.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trame.timeline.TimelineEntry;

/**
 * Marks the timeline's announcements that a later statement replaced: a release announced for 17
 * November 2021 is superseded once a later source gives 12 July 2023. The claims decide it, since
 * only they know that two dates are values of one fact.
 */
public final class Supersession {

  private Supersession() {}

  /** {@code timeline} with its still-announced entries on a replaced value marked superseded. */
  public static List<TimelineEntry> mark(List<TimelineEntry> timeline, List<Claim> claims) {
    Set<String> replaced = new HashSet<>();
    for (Claim c : claims) {
      // an undated value cannot be placed before or after another: it replaces nothing and is
      // replaced by nothing
      if (c.current() == null
          || c.current().said() == null
          || !(c.current().value() instanceof Value.When)) {
        continue; // only dates are announced on the timeline: a toll of 2024 is no year
      }
      for (ClaimValue v : c.values()) {
        if (v.said() != null
            && !v.text().equals(c.current().text())
            && v.said().compareTo(c.current().said()) < 0) {
          replaced.add(v.text());
        }
      }
    }
    List<TimelineEntry> out = new ArrayList<>(timeline.size());
    for (TimelineEntry e : timeline) {
      boolean superseded =
          e.status() == TimelineEntry.Status.ANNOUNCED && replaced.contains(e.date().iso());
      out.add(superseded ? e.withStatus(TimelineEntry.Status.SUPERSEDED) : e);
    }
    return out;
  }
}
