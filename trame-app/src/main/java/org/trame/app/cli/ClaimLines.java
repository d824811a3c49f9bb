package org.trame.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trame.claim.Change;
import org.trame.claim.Claim;
import org.trame.claim.ClaimValue;

/**
 * A claim's history on one line: each value that stood, with the articles that said it and when,
 * from the first to the current, "→" between them; refinements beside what they refine, and
 * conflicting values after "≠".
 */
final class ClaimLines {

  private ClaimLines() {}

  /**
   * {@code 2021-11-17 (003 2020-10) → 2023-SU, 2023-07-14 (001 2022-12, 002 ~2022-12-19; refined)}
   */
  static String history(Claim claim) {
    List<List<ClaimValue>> stood = new ArrayList<>();
    List<ClaimValue> conflicts = new ArrayList<>();
    for (ClaimValue v : claim.values()) {
      switch (v.change()) {
        case FIRST, UPDATE -> stood.add(new ArrayList<>(List.of(v)));
        case SAME, REFINED -> stood.get(stood.size() - 1).add(v);
        case CONFLICT -> conflicts.add(v);
      }
    }
    List<String> parts = new ArrayList<>();
    for (List<ClaimValue> values : stood) {
      parts.add(group(values));
    }
    StringBuilder line = new StringBuilder(String.join(" → ", parts));
    for (ClaimValue v : conflicts) {
      line.append(" ≠ ").append(group(List.of(v)));
    }
    return line.toString();
  }

  private static String group(List<ClaimValue> values) {
    Set<String> shown = new LinkedHashSet<>();
    Set<String> marks = new LinkedHashSet<>();
    Set<String> who = new LinkedHashSet<>();
    for (ClaimValue v : values) {
      shown.add(v.text());
      who.add(v.articleId() + " " + Text.date(v.said()));
      if (v.change() != Change.FIRST && v.change() != Change.SAME) {
        marks.add(v.change().label());
      }
    }
    return String.join(", ", shown)
        + " ("
        + String.join(", ", who)
        + (marks.isEmpty() ? "" : "; " + String.join(", ", marks))
        + ")";
  }
}
