package org.trame.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * A person's age, in French and English, only when it is written right beside the person's name:
 * "Tom Cruise, 60 ans,", "Tom Cruise (60 ans)", "Tom Cruise, âgé de 61 ans", "Tom Cruise, qui a
 * fêté ses 61 ans", "l'acteur de 60 ans Tom Cruise"; "Tom Cruise, 60,", "Tom Cruise, aged 61", "Tom
 * Cruise, who turned 61", "the 61-year-old Tom Cruise", "Tom Cruise, a 61-year-old". The subject is
 * that person, never the story's main one: an age with no name beside it ("un homme de 45 ans") is
 * left out, and so is a span of time ("un mandat de cinq ans", "60 ans de carrière", "il y a 60
 * ans").
 *
 * <p>An age grows by itself: a value one more a year later is an update like any other. Two values
 * said within a week that differ are a conflict even if a birthday fell between: trame does not
 * know birthdays, and a journalist should check such a pair anyway.
 */
public final class Ages implements StatementExtractor {

  private static final int FLAGS = Reading.FLAGS;

  private static final String N = "(" + Counts.NUMBER + ")";

  /** Right after the name: ", 60 ans,", " (60 ans)", ", âgé de 61 ans", ", 60,", ", aged 61". */
  private static final Pattern AFTER_NAME =
      Pattern.compile(
          "^\\s*(?:,|\\()\\s*(?:(?:qui\\s+est\\s+|désormais\\s+|aujourd['’]hui\\s+)?âgée?\\s+de\\s+)?"
              + N
              + "\\s+ans\\b(?!\\s+(?:de|d['’]|après|plus|auparavant|avant|plus\\s+tôt|durant"
              + "|pendant))"
              + "|^\\s*,\\s*(?:who\\s+is\\s+|now\\s+)?aged\\s+"
              + N
              + "\\b(?!\\s*(?:-|years?\\s+(?:of|ago|later|after|before)))"
              + "|^\\s*(?:,|\\()\\s*"
              + N
              + "\\s*(?:,|\\))(?!\\s*\\d)"
              + "|^\\s*,\\s*(?:a|an|the)\\s+(?:\\p{Ll}+\\s+)?"
              + N
              + "-year-old\\b"
              + "|^\\s*,\\s*(?:who\\s+is\\s+)?"
              + N
              + "\\s+years\\s+old\\b"
              + "|^\\s*,\\s*qui\\s+(?:a\\s+fêté|fête|vient\\s+de\\s+fêter)\\s+ses\\s+"
              + N
              + "\\s+ans\\b"
              + "|^\\s*,\\s*who\\s+(?:turned|turns|has\\s+just\\s+turned)\\s+"
              + N
              + "\\b(?!\\s*(?:-|years?\\s+(?:of|ago)))",
          FLAGS);

  /** Right before the name: "l'acteur de 60 ans Tom Cruise", "61-year-old actor Tom Cruise". */
  private static final Pattern BEFORE_NAME =
      Pattern.compile(
          "\\b(?:acteur|actrice|comédien(?:ne)?|chanteur|chanteuse|star|vedette|homme|femme"
              + "|réalisateur|réalisatrice|cinéaste|président(?:e)?|ministre|patron(?:ne)?"
              + "|joueur|joueuse|athlète|sportif|sportive|militant(?:e)?|écrivain(?:e)?|auteur"
              + "|autrice|artiste|musicien(?:ne)?|pilote|astronaute|accusé(?:e)?|prévenu(?:e)?"
              + "|suspect(?:e)?|victime|candidat(?:e)?|milliardaire|entrepreneur(?:e)?"
              + "|dirigeant(?:e)?|navigat(?:eur|rice))"
              + "(?:\\s+\\p{Ll}+)?\\s+(?:âgée?\\s+)?de\\s+"
              + N
              + "\\s+ans\\s*,?\\s*$"
              + "|\\b"
              + N
              + "-year-old(?:\\s+\\p{Ll}+){0,2}\\s*,?\\s*$",
          FLAGS);

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Subjects.Name person : r.people) {
      String after = r.text.substring(person.end(), Math.min(r.text.length(), person.end() + 60));
      Matcher m = AFTER_NAME.matcher(after);
      if (m.find()) {
        add(r, out, person, number(m), person.end() + m.start());
        continue;
      }
      int from = Math.max(0, person.start() - 60);
      String before = r.text.substring(from, person.start());
      Matcher b = BEFORE_NAME.matcher(before);
      if (b.find() && !before.substring(b.start()).contains(".")) {
        add(r, out, person, number(b), from + b.start());
      }
    }
    out.sort(Comparator.comparingInt(Statement::position));
    return out;
  }

  private static String number(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static void add(
      Reading r, List<Statement> out, Subjects.Name person, String written, int position) {
    OptionalLong age = Counts.whole(written);
    if (age.isEmpty() || age.getAsLong() < 1 || age.getAsLong() > 120) {
      return;
    }
    out.add(
        r.statement(person.text(), ClaimKind.AGE, Value.Quantity.of(age.getAsLong()), position));
  }
}
