package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trame.analysis.EntityMention;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * One article as the extractors of quantities, roles and titles read it: its text cut into
 * sentences, the names of its entities (subjects, with a sequel's number; people, by their
 * canonical name), and helpers to find the name written right beside a phrase. Each of these
 * extractors asks for a name next to its words, not anywhere in the sentence: a value given to the
 * wrong person misleads more than a value missed.
 */
final class Reading {

  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Negation or an old state just before a phrase: "n'a pas réalisé", "l'ancien PDG". */
  static final Pattern NOT_NOW =
      Pattern.compile(
          "(?:\\bne\\b|\\bn['’]|\\bpas\\b|\\bplus\\b|\\bjamais\\b|\\bnot\\b|\\bnever\\b"
              + "|\\bno\\s+longer\\b|\\bancien(?:ne)?\\b|\\bex-|\\bformer\\b|\\bfutur(?:e)?\\b"
              + "|\\bfuture\\b|\\binitialement\\b|\\boriginally\\b|\\bà\\s+l['’]origine\\b"
              + "|\\bd['’]abord\\b|\\bfeu\\b|\\blate\\b)",
          FLAGS);

  final StoredArticle article;
  final String text;
  final PublishedDate said;
  final boolean english;

  /** The names subjects are told by (any type). */
  final List<Subjects.Name> names;

  /** People, by their canonical name. */
  final List<Subjects.Name> people;

  private List<Sentences.Span> sentences;

  Reading(StoredArticle article) {
    this.article = article;
    this.text = article.article().fullText();
    this.said = article.article().published();
    this.english = "en".equals(article.article().language());
    this.names =
        Subjects.names(article).stream()
            .filter(n -> n.start() >= 0 && n.start() < n.end() && n.end() <= text.length())
            .toList();
    List<Subjects.Name> persons = new ArrayList<>();
    for (EntityMention m : article.analysis().entities()) {
      if (m.type().equals("PER") && m.start() >= 0 && m.end() <= text.length()) {
        persons.add(new Subjects.Name(m.canonical(), m.type(), m.start(), m.end()));
      }
    }
    this.people = persons;
  }

  /** The article's sentences, cut once. */
  List<Sentences.Span> sentences() {
    if (sentences == null) {
      sentences = Sentences.of(text);
    }
    return sentences;
  }

  List<TimeMention> times() {
    return article.analysis().times();
  }

  /** A statement of this article. */
  Statement statement(String subject, ClaimKind kind, Value value, int position) {
    return new Statement(
        subject, kind, value, article.id(), article.article().source(), said, position, false);
  }

  /**
   * The name among {@code candidates} that starts at {@code from} or after it, with at most {@code
   * maxGap} characters between, and nothing but spaces and lower-case words in them (no comma, no
   * other name): "réalisé par le cinéaste Christopher McQuarrie".
   */
  Optional<Subjects.Name> after(
      List<Subjects.Name> candidates, int from, int maxGap, Set<String> types) {
    Subjects.Name best = null;
    for (Subjects.Name n : candidates) {
      if (n.start() >= from
          && n.start() - from <= maxGap
          && types.contains(n.type())
          && (best == null || n.start() < best.start())) {
        best = n;
      }
    }
    if (best == null || !plain(text.substring(from, best.start()))) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** The name that ends at {@code to} or before it, as {@link #after} the other way. */
  Optional<Subjects.Name> before(
      List<Subjects.Name> candidates, int to, int maxGap, Set<String> types) {
    Subjects.Name best = null;
    for (Subjects.Name n : candidates) {
      if (n.end() <= to
          && to - n.end() <= maxGap
          && types.contains(n.type())
          && (best == null || n.end() > best.end())) {
        best = n;
      }
    }
    if (best == null || !plain(text.substring(best.end(), to))) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * The nearest name of these types in the sentence, none overlapping {@code [start, end)}: what a
   * statement is about when the sentence names it.
   */
  Optional<String> nearestSubject(Sentences.Span sentence, int start, int end, Set<String> types) {
    return nearestSubject(sentence, start, end, types, List.of());
  }

  /** As above, never a name inside one of {@code taken} (other values the sentence gives). */
  Optional<String> nearestSubject(
      Sentences.Span sentence, int start, int end, Set<String> types, List<int[]> taken) {
    Subjects.Name best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Subjects.Name n : names) {
      if (!types.contains(n.type())
          || !sentence.contains(n.start())
          || (n.start() < end && n.end() > start)
          || taken.stream().anyMatch(t -> n.start() < t[1] && n.end() > t[0])) {
        continue;
      }
      int gap = n.start() >= end ? n.start() - end : Math.max(0, start - n.end());
      if (gap < bestGap) {
        best = n;
        bestGap = gap;
      }
    }
    return Optional.ofNullable(best).map(Subjects.Name::text);
  }

  /** Only spaces, apostrophes and lower-case words: nothing that starts another phrase or name. */
  private static boolean plain(String between) {
    return between.chars().noneMatch(c -> c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
        && between.codePoints().noneMatch(Character::isUpperCase);
  }
}
