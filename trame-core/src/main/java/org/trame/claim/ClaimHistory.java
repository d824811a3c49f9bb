package org.trame.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts one subject's statements of one kind in the order they were said and marks how each changed
 * what was known: {@link Change#FIRST}; {@link Change#SAME} when it repeats the standing value or
 * says it less precisely; {@link Change#REFINED} when it lies inside it and is more precise; {@link
 * Change#UPDATE} when it disagrees and was said later than the standing value, by more than {@link
 * ClaimDates#SAME_TIME_DAYS} days; {@link Change#CONFLICT} when it disagrees and was said at about
 * the same time (or its article is undated, so nobody can say it came later). A conflicting value
 * does not replace the standing one: the first word stands until a later source moves it.
 */
final class ClaimHistory {

  /** Said date (undated last), then article, then place in the article. */
  static final Comparator<Statement> SAID_ORDER =
      Comparator.comparing(Statement::said, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Statement::articleId)
          .thenComparingInt(Statement::position);

  private ClaimHistory() {}

  /** The claim of {@code subject} made of these statements, one value per article and value. */
  static Claim of(String subject, ClaimKind kind, List<Statement> statements) {
    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort(SAID_ORDER);
    List<ClaimValue> values = new ArrayList<>();
    ClaimValue current = null;
    for (Statement s : ordered) {
      if (values.stream()
          .anyMatch(
              v -> v.articleId().equals(s.articleId()) && v.text().equals(s.value().text()))) {
        continue;
      }
      Change change = change(s, current);
      ClaimValue value = new ClaimValue(s.value(), s.said(), s.articleId(), s.source(), change);
      values.add(value);
      if (change == Change.FIRST || change == Change.REFINED || change == Change.UPDATE) {
        current = value;
      }
    }
    return new Claim(subject, kind, values, current);
  }

  private static Change change(Statement s, ClaimValue current) {
    if (current == null) {
      return Change.FIRST;
    }
    Value now = current.value();
    if (s.value().restates(now)) {
      return Change.SAME;
    }
    if (s.value().refines(now)) {
      return Change.REFINED;
    }
    if (s.said() == null
        || ClaimDates.sameTime(s.said(), current.said(), s.kind().sameTimeDays())) {
      return Change.CONFLICT;
    }
    return Change.UPDATE;
  }
}
