package org.trame.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trame.timeline.TimelineDates;
import org.trame.timeline.TimelineEntry;

/**
 * Marks the timeline's announcements that a later statement replaced: a release announced for 17
 * November 2021 is superseded once a later source gives 12 July 2023. The claims decide it, since
 * only they know that two dates are values of one fact. An announcement that later articles name
 * again is superseded all the same: they name it as the plan that slipped ("attendu au deuxième
 * trimestre 2022, puis…"), which does not make it happen. A value the current one lies inside
 * (summer 2023, then 12 July 2023) was not replaced but made precise.
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
      Value.When now = (Value.When) c.current().value();
      for (ClaimValue v : c.values()) {
        if (v.said() != null
            && !v.text().equals(c.current().text())
            && v.said().compareTo(c.current().said()) < 0
            && !(v.value() instanceof Value.When w && ClaimDates.within(now.date(), w.date()))) {
          replaced.add(v.text());
        }
      }
    }
    List<TimelineEntry> out = new ArrayList<>(timeline.size());
    for (TimelineEntry e : timeline) {
      boolean superseded =
          (e.status() == TimelineEntry.Status.ANNOUNCED
                  || e.status() == TimelineEntry.Status.CONFIRMED)
              && replaced.contains(TimelineDates.label(e.date()));
      out.add(superseded ? e.withStatus(TimelineEntry.Status.SUPERSEDED) : e);
    }
    return out;
  }
}
