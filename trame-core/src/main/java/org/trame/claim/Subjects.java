package org.trame.claim;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.EntityMention;
import org.trame.store.StoredArticle;

/**
 * The names a story gives its subjects, put together so that one claim has one subject: "Mission",
 * "Mission Impossible" and "Mission Impossible 7" are one work, "Mission Impossible 6" another.
 *
 * <p>Two names are one subject when the words of the shorter run inside the longer (as its start
 * when it is one word) and carry no number the longer lacks; a subject's names all pair so. A name
 * that fits several subjects goes to the most named one. Each subject is called by its most telling
 * name: one with a number (a sequel's number tells it from the saga), then the most mentioned, then
 * the longest.
 */
final class Subjects {

  /** A name in an article: the entity's canonical name, with the number that follows it. */
  record Name(String text, String type, int start, int end) {}

  /**
   * The tagger stops a title at its colon: "Mission" of "Mission: Impossible 7". A work's name
   * takes up to three capitalized words after a colon.
   */
  private static final Pattern AFTER_COLON =
      Pattern.compile("^\\s?:\\s?(\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})");

  /**
   * Or the tagger takes the title from after its colon: "Impossible" of "« Mission: Impossible".
   * Within quotes, the capitalized words before the colon are the title's.
   */
  private static final Pattern BEFORE_COLON =
      Pattern.compile("[«“\"]\\s?(\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2})\\s?:\\s?$");

  /** A work's name and its subtitle, written together: "Mission: Impossible – Dead Reckoning". */
  private static final Pattern SUBTITLE = Pattern.compile("^\\s?[–—-]\\s?$");

  /** The tagger leaves a sequel's number out of the title: "Mission Impossible" 7. */
  private static final Pattern NUMBER_AFTER =
      Pattern.compile("^\\s?(\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)(?![\\p{L}\\p{N}])");

  private static final Pattern ROMAN = Pattern.compile("i{1,3}|iv|vi{0,3}|ix|x");

  /**
   * A subject: its name, the words of each name it took in, and its mentions. A name joins only if
   * it fits every name taken in: "Jeux olympiques" and "Jeux paralympiques" both fit "Jeux", not
   * each other.
   */
  private record Group(String name, List<List<String>> members, int mentions) {
    boolean fits(List<String> words) {
      return members.stream().allMatch(m -> compatible(words, m));
    }

    Group with(List<String> words, int count) {
      List<List<String>> more = new ArrayList<>(members);
      more.add(words);
      return new Group(name, List.copyOf(more), mentions + count);
    }
  }

  private final List<Group> groups;
  private final Map<String, String> named = new HashMap<>();

  private Subjects(List<Group> groups) {
    this.groups = groups;
  }

  /**
   * The names of an article's entities, in text order. A subtitle written after its work's name ("«
   * Mission: Impossible – Dead Reckoning Partie 1 »") names that work.
   */
  static List<Name> names(StoredArticle article) {
    return read(article).names();
  }

  /**
   * An article's names ({@link #names}) and the subtitles it writes after their work's name, each
   * with that name: "Dead Reckoning Partie 1" → "Mission Impossible". Another article may name the
   * work by its subtitle alone.
   */
  record Read(List<Name> names, Map<String, String> subtitles) {}

  static Read read(StoredArticle article) {
    List<Name> names = new ArrayList<>();
    Map<String, String> subtitles = new HashMap<>();
    String text = article.article().fullText();
    Name work = null; // the last work named, and where its name ends
    int workEnd = -1;
    for (EntityMention m : article.analysis().entities()) {
      String name = m.canonical();
      int end = m.end();
      if (end <= text.length() && m.type().equals("WORK")) {
        Matcher more = AFTER_COLON.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        Matcher before =
            BEFORE_COLON.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (more.find()) {
          name = name + " " + more.group(1);
          end += more.end();
        } else if (before.find()) {
          name = before.group(1) + " " + name;
        }
      }
      if (end <= text.length()) {
        Matcher number =
            NUMBER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6)));
        if (number.find() && !name.endsWith(number.group(1))) {
          name = name + " " + number.group(1);
        }
      }
      if (words(name).isEmpty()) {
        continue;
      }
      String type = m.type();
      // whatever type the tagger gave it ("Dead Reckoning Partie" as a person, even)
      if (work != null
          && m.start() >= workEnd
          && m.start() <= text.length()
          && SUBTITLE.matcher(text.substring(workEnd, m.start())).matches()) {
        subtitles.put(name, work.text());
        name = work.text();
        type = "WORK";
      }
      Name n = new Name(name, type, m.start(), m.end());
      names.add(n);
      if (type.equals("WORK")) {
        work = n;
        workEnd = end;
      }
    }
    return new Read(List.copyOf(names), Map.copyOf(subtitles));
  }

  /** The subjects these names make, counting each mention. */
  static Subjects of(Collection<Name> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Name n : names) {
      counts.merge(n.text(), 1, Integer::sum);
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort(
        Comparator.comparing((String n) -> numbers(words(n)).isEmpty())
            .thenComparing(n -> -counts.get(n))
            .thenComparing(n -> -words(n).size())
            .thenComparing(Comparator.naturalOrder()));
    List<Group> groups = new ArrayList<>();
    for (String name : order) {
      List<String> words = words(name);
      int best = -1;
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).fits(words)
            && (best < 0 || groups.get(i).mentions() > groups.get(best).mentions())) {
          best = i;
        }
      }
      if (best < 0) {
        groups.add(new Group(name, List.of(words), counts.get(name)));
      } else {
        groups.set(best, groups.get(best).with(words, counts.get(name)));
      }
    }
    return new Subjects(groups);
  }

  /** The subject's name for {@code name}: its group's, else the name itself. */
  String canonical(String name) {
    return named.computeIfAbsent(name, n -> group(n).map(Group::name).orElse(n));
  }

  /** How many mentions name the subject {@code name} belongs to; 0 for a name not seen. */
  int mentions(String name) {
    return group(name).map(Group::mentions).orElse(0);
  }

  private Optional<Group> group(String name) {
    List<String> words = words(name);
    return groups.stream().filter(g -> g.fits(words)).max(Comparator.comparingInt(Group::mentions));
  }

  /** The most mentioned subject among names of the types a subject of {@code kind} has. */
  static Optional<String> main(List<Name> names, ClaimKind kind) {
    List<Name> typed = names.stream().filter(n -> kind.subjectTypes().contains(n.type())).toList();
    Subjects subjects = of(typed);
    return subjects.groups.stream().max(Comparator.comparingInt(Group::mentions)).map(Group::name);
  }

  private static boolean compatible(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    int at = java.util.Collections.indexOfSubList(longer, shorter);
    if (at < 0 || (shorter.size() == 1 && at != 0)) {
      return false;
    }
    return numbers(longer).containsAll(numbers(shorter));
  }

  private static List<String> numbers(List<String> words) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.chars().allMatch(Character::isDigit) || (i > 0 && ROMAN.matcher(w).matches())) {
        numbers.add(w);
      }
    }
    return numbers;
  }

  /** Lower-case words without accents; punctuation ("Mission : Impossible") is no word. */
  static List<String> words(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }
}
