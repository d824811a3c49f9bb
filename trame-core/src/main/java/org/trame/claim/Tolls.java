package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Tolls: how many died ({@link ClaimKind#DEATH_TOLL}) and how many were hurt ({@link
 * ClaimKind#INJURED_COUNT}), in French and English: "au moins 12 morts", "le bilan s'élève à 35
 * morts", "douze personnes ont été tuées", "35 people were killed", "killing at least 12", "120
 * blessés", "40 people were injured". "Au moins", "plus de", "at least", "more than" make the
 * number a floor ({@code ≥12}).
 *
 * <p>The subject is the place or event the sentence names nearest, else the story's most named one,
 * else the story's unnamed subject, as for dates ({@link StoryClaims}). A toll of another time is
 * left out: a sentence with a date more than a month before the article ("l'attentat de 2015 avait
 * fait 130 morts"), or told in the pluperfect ("avait fait", "had killed").
 */
public final class Tolls implements StatementExtractor {

  private static final String N = "(" + Counts.NUMBER + ")";

  private static final String FLOOR =
      "(?<floor>au\\s+moins|au\\s+minimum|plus\\s+de|pas\\s+moins\\s+de|at\\s+least|more\\s+than"
          + "|over|no\\s+fewer\\s+than|no\\s+less\\s+than)?\\s*";

  private static final Pattern DEATHS =
      Pattern.compile(
          FLOOR
              + "(?<n>"
              + Counts.NUMBER
              + ")\\s+(?:(?:personnes|victimes|civils|people|persons|civilians)\\s+)?"
              + "(?:morts?\\b(?!-)|décès\\b|tués\\b|mortes\\b|dead\\b|deaths\\b|fatalities\\b"
              + "|(?:ont|sont|have|had|were|are)\\s+(?:été\\s+|been\\s+)?(?:tuée?s|mortes?|morts|péri"
              + "|perdu\\s+la\\s+vie|trouvé\\s+la\\s+mort|killed|died|dead|lost\\s+their\\s+lives)\\b"
              + "|died\\b|killed\\b)"
              + "|(?:tuant|killing|tué|killed|faisant|fait|causé)\\s+"
              + FLOOR.replace("floor", "floor2")
              + "(?<n2>"
              + Counts.NUMBER
              + ")\\s+(?:personnes|people|persons|morts)\\b"
              + "|(?:death\\s+toll|bilan(?:\\s+(?:provisoire|humain|officiel))?)\\s+"
              + "(?:\\p{Ll}+\\s+){0,3}?(?:à|de|at|to|of|is|stands\\s+at|rose\\s+to|rises\\s+to"
              + "|climbed\\s+to|s['’]élève\\s+à|atteint|passe\\s+à|est\\s+de)\\s+"
              + FLOOR.replace("floor", "floor3")
              + "(?<n3>"
              + Counts.NUMBER
              + ")(?!\\s*(?:blessés|injured|wounded))",
          Reading.FLAGS);

  private static final Pattern INJURED =
      Pattern.compile(
          FLOOR
              + "(?<n>"
              + Counts.NUMBER
              + ")\\s+(?:(?:personnes|people|persons|civils|civilians)\\s+)?"
              + "(?:blessée?s\\b|(?:ont|sont|have|had|were|are)\\s+(?:été\\s+|been\\s+)?"
              + "(?:blessée?s|injured|wounded|hurt)\\b|injured\\b|wounded\\b)"
              + "|(?:injuring|wounding|blessant)\\s+"
              + FLOOR.replace("floor", "floor2")
              + "(?<n2>"
              + Counts.NUMBER
              + ")\\b",
          Reading.FLAGS);

  /** Told as past of a past: another event's toll. */
  private static final Pattern PLUPERFECT =
      Pattern.compile(
          "\\bavai(?:t|ent)\\s+(?:fait|causé|tué|coûté)\\b|\\bhad\\s+(?:killed|left|caused)\\b"
              + "|\\bdéjà\\b|\\balready\\b|\\bcomme\\s+en\\b|\\brappel",
          Reading.FLAGS);

  private static final int OLD_DAYS = 31;

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Sentences.Span sentence : r.sentences()) {
      String words = r.text.substring(sentence.start(), sentence.end());
      if (PLUPERFECT.matcher(words).find() || old(r, sentence)) {
        continue;
      }
      find(r, out, sentence, words, DEATHS, ClaimKind.DEATH_TOLL);
      find(r, out, sentence, words, INJURED, ClaimKind.INJURED_COUNT);
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  private static void find(
      Reading r,
      List<Statement> out,
      Sentences.Span sentence,
      String words,
      Pattern pattern,
      ClaimKind kind) {
    Matcher m = pattern.matcher(words);
    while (m.find()) {
      String written = group(m, "n", "n2", "n3");
      String floor = group(m, "floor", "floor2", "floor3");
      if (written == null) {
        continue;
      }
      int before = Math.max(0, m.start() - 25);
      if (Reading.NOT_NOW.matcher(words.substring(before, m.start())).find() && floor == null) {
        continue;
      }
      // the words of the toll are in lower case: "Mission Impossible 7 Dead Reckoning" is a title
      int numberEnd = m.end(m.group("n") != null ? "n" : m.group("n2") != null ? "n2" : "n3");
      if (words.substring(numberEnd, m.end()).codePoints().anyMatch(Character::isUpperCase)) {
        continue;
      }
      OptionalLong n = Counts.whole(written);
      if (n.isEmpty() || n.getAsLong() < 1) {
        continue;
      }
      int start = sentence.start() + m.start();
      int end = sentence.start() + m.end();
      String subject = r.nearestSubject(sentence, start, end, kind.subjectTypes()).orElse(null);
      out.add(
          r.statement(
              subject, kind, new Value.Quantity(n.getAsLong(), floor != null, null), start));
    }
  }

  private static String group(Matcher m, String... names) {
    return Amounts.group(m, names);
  }

  /** A date in the sentence more than a month before the article: the toll of another time. */
  private static boolean old(Reading r, Sentences.Span sentence) {
    if (r.said == null) {
      return false;
    }
    for (TimeMention t : r.times()) {
      if (!sentence.contains(t.start())) {
        continue;
      }
      PublishedDate d = ClaimDates.parse(t.value()).orElse(null);
      if (d != null && d.lastDay().isBefore(r.said.date().minusDays(OLD_DAYS))) {
        return true;
      }
    }
    return false;
  }
}
