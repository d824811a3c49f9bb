package org.trame.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.store.StoredArticle;

/**
 * The claims stage: each extractor's statements from the story's articles, their subjects put under
 * the story's one name for each ({@link Subjects}), and each subject's statements of a kind made
 * into one claim with its history ({@link ClaimHistory}).
 *
 * <p>A copy states what its original does: it is read only when its original is not visible.
 */
public final class StoryClaims implements ClaimBuilder {

  private final List<StatementExtractor> extractors;

  /** The extractors trame ships: scheduled dates, ages, tolls, amounts, roles and titles. */
  public StoryClaims() {
    this(
        List.of(
            new ScheduledDates(),
            new Ages(),
            new Tolls(),
            new Amounts(),
            new Directors(),
            new Parts(),
            new Heads(),
            new Titles()));
  }

  public StoryClaims(List<StatementExtractor> extractors) {
    this.extractors = List.copyOf(extractors);
  }

  @Override
  public List<Claim> build(List<StoredArticle> articles) {
    Set<String> visible = new HashSet<>();
    articles.forEach(a -> visible.add(a.id()));
    List<Statement> statements = new ArrayList<>();
    List<Subjects.Name> names = new ArrayList<>();
    Map<String, List<Subjects.Name>> namedIn = new LinkedHashMap<>();
    // "Dead Reckoning Partie 1" names the film wherever one article wrote it after the film's name
    Map<String, String> subtitles = new java.util.HashMap<>();
    for (StoredArticle a : articles) {
      if (a.duplicate() && visible.contains(a.duplicateOf())) {
        continue;
      }
      Subjects.Read read = Subjects.read(a);
      namedIn.put(a.id(), read.names());
      subtitles.putAll(read.subtitles());
      names.addAll(read.names());
      for (StatementExtractor extractor : extractors) {
        statements.addAll(extractor.extract(a));
      }
    }
    Subjects subjects = Subjects.of(names);
    Map<String, List<Statement>> bySubject = new LinkedHashMap<>();
    statements.sort(ClaimHistory.SAID_ORDER);
    Map<ClaimKind, String> central = central(statements, subjects, names);
    for (Statement s : statements) {
      if (s.kind().namedSubjectOnly()) {
        if (s.subject() != null) {
          bySubject
              .computeIfAbsent(key(s, subjects.canonical(s.subject())), k -> new ArrayList<>())
              .add(s);
        }
        continue;
      }
      String main = central.getOrDefault(s.kind(), "");
      // a sentence that names no subject of its own speaks of what its article is about: the
      // story's subject only when the article names it (a page glued to the story is not)
      boolean mainInArticle =
          main.isEmpty()
              || namedIn.getOrDefault(s.articleId(), List.of()).stream()
                  .anyMatch(n -> partOf(subjects.canonical(n.text()), main));
      if (s.subject() == null && !mainInArticle) {
        continue;
      }
      String subject = main;
      if (s.subject() != null
          && (s.named()
              || !mainInArticle
              || 2 * subjects.mentions(s.subject()) >= subjects.mentions(main))) {
        subject = subjects.canonical(subtitles.getOrDefault(s.subject(), s.subject()));
        if (!main.isEmpty() && within(subject, main)) {
          subject = main; // "Impossible", as the tagger cuts "Mission: Impossible 7", is the film
        }
      }
      bySubject.computeIfAbsent(key(s, subject), k -> new ArrayList<>()).add(s);
    }
    List<Claim> claims = new ArrayList<>();
    bySubject.forEach((key, said) ->
        claims.add(ClaimHistory.of(key.split("\u001f", -1)[1], said.get(0).kind(), said)));
    // the kinds in their order, and within one the most stated subject first
    claims.sort(
        Comparator.comparing(Claim::kind)
            .thenComparing(c -> -c.values().size())
            .thenComparing(Claim::subject)
            .thenComparing(c -> c.current().value().role()));
    return claims;
  }

  /**
   * Each kind's central subject: the one its sentences tie to it in so many words most often ("les
   * Jeux paralympiques s'ouvriront", "la cérémonie d'ouverture des Jeux"), else the most mentioned
   * name of a fitting type. Mentions alone make the river the subject of the Olympics' opening:
   * every article names the Seine.
   */
  private static Map<ClaimKind, String> central(
      List<Statement> statements, Subjects subjects, List<Subjects.Name> names) {
    Map<ClaimKind, Map<String, Integer>> named = new java.util.EnumMap<>(ClaimKind.class);
    for (Statement s : statements) {
      if (s.subject() != null && s.named()) {
        named
            .computeIfAbsent(s.kind(), k -> new LinkedHashMap<>())
            .merge(subjects.canonical(s.subject()), 1, Integer::sum);
      }
    }
    Map<ClaimKind, String> central = new java.util.EnumMap<>(ClaimKind.class);
    for (Statement s : statements) {
      central.computeIfAbsent(
          s.kind(),
          k -> {
            Map<String, Integer> counts = named.getOrDefault(k, Map.of());
            return counts.keySet().stream()
                .max(
                    Comparator.comparingInt((String n) -> counts.get(n))
                        .thenComparingInt(subjects::mentions)
                        .thenComparing(Comparator.reverseOrder()))
                .or(() -> Subjects.main(names, k).map(subjects::canonical))
                .orElse("");
          });
    }
    return central;
  }

  /**
   * Whether one name's words all stand in the other's: the tagger cuts "Mission: Impossible 7" to
   * "Impossible", which is still the film.
   */
  private static boolean partOf(String name, String main) {
    return name.equals(main) || within(name, main) || within(main, name);
  }

  /** Whether every word of {@code name} stands in {@code other}, which has more. */
  private static boolean within(String name, String other) {
    Set<String> a = new HashSet<>(Subjects.words(name));
    Set<String> b = new HashSet<>(Subjects.words(other));
    return !a.isEmpty() && b.size() > a.size() && b.containsAll(a);
  }

  /**
   * One claim per kind, subject and role: each part of a cast, each post of a head is its own
   * claim, so that values that stand together do not conflict.
   */
  private static String key(Statement s, String subject) {
    return s.kind().ordinal()
        + "\u001f"
        + subject
        + "\u001f"
        + String.join(" ", Subjects.words(s.value().role()));
  }
}
