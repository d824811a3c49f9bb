package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * Who plays whom in a work, in French and English: "Tom Cruise incarne Ethan Hunt", "X interprète
 * Y", "X joue (le rôle de) Y", "X reprend (retrouve) le rôle de Y", "X prête ses traits à Y", "X,
 * qui incarne Y", "X plays Y", "X stars as Y", "Ethan Hunt, incarné par Tom Cruise", "Y is played
 * by X". Both must be names of people as the tagger reads them, side by side, in a sentence that
 * speaks of a film, a series or a play, or names a work ("X joue Mozart" at a concert is no part),
 * unless the words themselves say it is acting ("le rôle de", "prête ses traits"). The value is the
 * actor in the character's part, and each character is a claim of its own ({@link Value.Part}), so
 * that a cast of ten stands together and only a new actor for one part is an update or a conflict.
 */
public final class Parts implements StatementExtractor {

  private static final Set<String> PERSON = Set.of("PER");

  /** After the actor; the character comes next. "Reprendre" needs "le rôle". */
  private static final Pattern ACTOR_THEN =
      Pattern.compile(
          "^(?:\\s*,\\s*(?:qui|who)\\s+|\\s+(?:(?:y|qui|who)\\s+)?)(?:(?:incarne|incarnera|incarnait|a\\s+incarné|interprète"
              + "|interprétera|interprétait|a\\s+interprété|joue|jouera|jouait|a\\s+joué|plays"
              + "|will\\s+play|played|portrays|portrayed|will\\s+portray|stars\\s+as|returns\\s+as"
              + "|starred\\s+as|prête\\s+ses\\s+traits\\s+à|lends\\s+(?:his|her)\\s+voice\\s+to"
              + "|voices)\\s+(?:(?:à\\s+nouveau|encore|again|une\\s+nouvelle\\s+fois)\\s+)?"
              + "(?:(?:le|son)\\s+rôle\\s+(?:de\\s+|d['’])|le\\s+personnage\\s+(?:de\\s+|d['’])"
              + "|the\\s+role\\s+of\\s+)?"
              + "|(?:reprend|reprendra|reprenait|reprises|will\\s+reprise|retrouve)\\s+"
              + "(?:(?:le|son)\\s+rôle\\s+(?:de\\s+|d['’])|(?:his|her|their|the)\\s+role\\s+(?:of|as)\\s+))",
          Reading.FLAGS);

  private static final Pattern ACTING =
      Pattern.compile("\\b(?:rôle|role|personnage|character|traits|voice)\\b", Reading.FLAGS);

  /** After the character; the actor comes next. */
  private static final Pattern CHARACTER_THEN =
      Pattern.compile(
          "^\\s*,?\\s*(?:(?:qui\\s+est|est|sera|is|will\\s+be)\\s+)?(?:incarnée?|interprétée?|jouée?|played"
              + "|portrayed)\\s+(?:par|by)\\s+",
          Reading.FLAGS);

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Subjects.Name first : r.people) {
      Sentences.Span sentence = Directors.sentenceOf(r, first.start());
      if (sentence == null
          || first.end() > sentence.end()
          || Directors.negated(r, sentence, first.end() + 1)) {
        continue;
      }
      boolean screen =
          Directors.SCREEN.matcher(r.text.substring(sentence.start(), sentence.end())).find()
              || Directors.namesWork(r, sentence);
      String after = r.text.substring(first.end(), sentence.end());
      Matcher a = ACTOR_THEN.matcher(after);
      // "le rôle de", "ses traits": the words say it is acting, wherever the sentence stands
      if (a.find()
          && (screen || ACTING.matcher(a.group()).find())
          && !negatedBetween(after.substring(0, a.end()))) {
        Optional<Subjects.Name> character = r.after(r.people, first.end() + a.end(), 0, PERSON);
        character.ifPresent(c -> add(r, out, sentence, first, c, first.start()));
        continue;
      }
      Matcher c = CHARACTER_THEN.matcher(after);
      if (screen && c.find() && !negatedBetween(after.substring(0, c.end()))) {
        Optional<Subjects.Name> actor = r.after(r.people, first.end() + c.end(), 0, PERSON);
        actor.ifPresent(p -> add(r, out, sentence, p, first, first.start()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  private static boolean negatedBetween(String between) {
    return Reading.NOT_NOW.matcher(between).find();
  }

  private static void add(
      Reading r,
      List<Statement> out,
      Sentences.Span sentence,
      Subjects.Name actor,
      Subjects.Name character,
      int at) {
    if (Subjects.words(actor.text()).equals(Subjects.words(character.text()))) {
      return;
    }
    int start = Math.min(actor.start(), character.start());
    int end = Math.max(actor.end(), character.end());
    String work =
        r.nearestSubject(sentence, start, end, ClaimKind.CAST.subjectTypes()).orElse(null);
    out.add(r.statement(work, ClaimKind.CAST, new Value.Part(actor.text(), character.text()), at));
  }
}
