package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * A work's title, in French and English: "le film, intitulé X", "sous le titre X", "rebaptisé X",
 * "s'intitulera X", "renamed X", "titled X", "will be called X". The title is what follows the
 * word: a quoted title («…», "…", “…”), else a work the tagger names there, else a run of
 * capitalized words (with the small words of titles between them: "Le Comte de Monte-Cristo", "Dead
 * Reckoning Partie 1"). The sentence must speak of a work (film, series, book, album…) or name one
 * before the word: "l'opération, baptisée Barkhane" gives nothing. The subject is the nearest other
 * work the sentence names, else the story's most named work.
 *
 * <p>A title said to be the first ("initialement intitulé X") or denied ("ne s'appellera pas X") is
 * left out: the history shows the titles said to stand, the older ones among them.
 */
public final class Titles implements StatementExtractor {

  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\b(?:intitulée?s?|sous\\s+le\\s+titre(?:\\s+de)?|(?:re)?baptisée?s?|renommée?s?"
              + "|s['’]intitulera|s['’]intitule|s['’]appellera|portera\\s+le\\s+titre(?:\\s+de)?"
              + "|a\\s+pour\\s+titre|(?:nouveau\\s+)?titre\\s*:|titled|entitled|retitled|renamed"
              + "|will\\s+be\\s+called|under\\s+the\\s+title|(?:new\\s+)?title\\s*:)\\s*",
          Reading.FLAGS);

  private static final Pattern WORK_WORDS =
      Pattern.compile(
          "\\b(?:films?|long-métrages?|séries?|livres?|romans?|albums?|volets?|opus|suite|jeux?"
              + "|spectacles?|émissions?|documentaires?|chansons?|movies?|books?|novels?|series"
              + "|sequels?|shows?|games?|episodes?|épisodes?|songs?|documentar(?:y|ies)|saga"
              + "|franchise|pièce|play)\\b",
          Reading.FLAGS);

  private static final Pattern QUOTED =
      Pattern.compile("^(?:«\\s*([^»]{1,100}?)\\s*»|\"([^\"]{1,100})\"|“([^”]{1,100})”)");

  /** Capitalized words, digits and the small words of titles; stops at any other word. */
  private static final Pattern CAPITALIZED =
      Pattern.compile(
          "^(?-i:\\p{Lu})[\\p{L}\\p{N}'’-]*(?:(?:\\s*[:–-]\\s*|\\s+)(?:(?-i:\\p{Lu})[\\p{L}\\p{N}'’-]*"
              + "|\\d+|(?-i:de|du|des|la|le|les|l['’]|d['’]|et|à|au|aux|en|of|the|and|a|an|in|on"
              + "|to|for)(?=\\s)))*",
          Reading.FLAGS);

  private static final Pattern SMALL_END =
      Pattern.compile(
          "(?:\\s+(?:de|du|des|la|le|les|et|à|au|aux|en|of|the|and|a|an|in|on|to|for)|\\s*[:–-])+$");

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Sentences.Span sentence : r.sentences()) {
      String words = r.text.substring(sentence.start(), sentence.end());
      Matcher m = TRIGGER.matcher(words);
      List<Given> given = new ArrayList<>();
      while (m.find()) {
        int at = sentence.start() + m.start();
        int from = sentence.start() + m.end();
        String before = words.substring(0, m.start());
        if (Directors.negated(r, sentence, at)
            || (!WORK_WORDS.matcher(before).find() && !namesWorkBefore(r, sentence, at))) {
          continue;
        }
        Optional<String> title = title(r, from, sentence.end());
        if (title.isEmpty()) {
          continue;
        }
        given.add(new Given(at, from, from + title.get().length(), title.get().strip()));
      }
      // the subject is never another title the sentence gives ("titled X, later renamed Y")
      List<int[]> titleSpans = given.stream().map(g -> new int[] {g.from, g.end}).toList();
      for (Given g : given) {
        String work =
            r.nearestSubject(sentence, g.from, g.end, ClaimKind.TITLE.subjectTypes(), titleSpans)
                .orElse(null);
        out.add(r.statement(work, ClaimKind.TITLE, new Value.Name(g.title), g.at));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  /** A title the sentence gives: its trigger's offset, its span, its text. */
  private record Given(int at, int from, int end, String title) {}

  private static boolean namesWorkBefore(Reading r, Sentences.Span sentence, int at) {
    return r.names.stream()
        .anyMatch(n -> n.type().equals("WORK") && sentence.contains(n.start()) && n.end() <= at);
  }

  /** The title written from {@code from}: quoted, a work's name, or capitalized words. */
  private static Optional<String> title(Reading r, int from, int sentenceEnd) {
    String rest = r.text.substring(from, sentenceEnd);
    Matcher q = QUOTED.matcher(rest);
    if (q.find()) {
      for (int g = 1; g <= 3; g++) {
        if (q.group(g) != null && !q.group(g).isBlank()) {
          return Optional.of(q.group(g).strip());
        }
      }
    }
    for (Subjects.Name n : r.names) {
      if (n.type().equals("WORK") && n.start() == from) {
        Matcher c = CAPITALIZED.matcher(rest);
        // the tagger's name, or the longer run of title words when it stops short ("Partie 1")
        String run = c.find() ? trim(c.group()) : "";
        return Optional.of(run.length() > n.end() - n.start() ? run : n.text());
      }
    }
    Matcher c = CAPITALIZED.matcher(rest);
    if (c.find()) {
      String run = trim(c.group());
      return run.isBlank() ? Optional.empty() : Optional.of(run);
    }
    return Optional.empty();
  }

  private static String trim(String run) {
    return SMALL_END.matcher(run).replaceAll("").strip();
  }
}
