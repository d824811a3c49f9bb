package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * Who directs a work, in French and English: "réalisé par Christopher McQuarrie", "mis en scène
 * par", "directed by", "son réalisateur, X", "le réalisateur du film, X", "X, le réalisateur du
 * film", "the film's director X", "X réalisera le film", "X will direct the sequel". The value is
 * the person's canonical name; the subject is the work the sentence names, else the story's most
 * named work.
 *
 * <p>Left out on purpose: "le réalisateur X" alone (any director may be quoted on a film), a
 * sentence with no word of film or series and no work named ("un sondage réalisé par…", "réalisé"
 * is also "carried out"), a negation or a first plan just before ("n'a pas réalisé", "initialement
 * réalisé par").
 */
public final class Directors implements StatementExtractor {

  private static final Set<String> PERSON = Set.of("PER");

  static final Pattern SCREEN =
      Pattern.compile(
          "\\b(?:films?|long-métrages?|courts?-métrages?|séries?|feuilleton|documentaires?|volets?"
              + "|opus|épisodes?|suite|saga|movies?|sequels?|series|documentar(?:y|ies)|episodes?"
              + "|franchise|blockbusters?|pièce|play|spectacle)\\b",
          Reading.FLAGS);

  /** The person comes right after. */
  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "\\b(?:réalisée?s?\\s+par|mise?s?\\s+en\\s+scène\\s+par|directed\\s+by|helmed\\s+by)\\s+"
              + "|\\b(?:son|sa|leur)\\s+(?:réalisateur|réalisatrice|metteur\\s+en\\s+scène)\\s*,?\\s*"
              + "|\\b(?:réalisateur|réalisatrice|cinéaste)\\s+(?:du\\s+film|de\\s+ce\\s+film"
              + "|du\\s+long-métrage|de\\s+la\\s+série)\\s*,\\s*"
              + "|\\b(?:the\\s+(?:film|movie|series)['’]s|its)\\s+director\\s*,?\\s*"
              + "|\\bdirector\\s+of\\s+the\\s+(?:film|movie|series)\\s*,\\s*",
          Reading.FLAGS);

  /** The person comes right before. */
  private static final Pattern PERSON_BEFORE =
      Pattern.compile(
          "^\\s*(?:,\\s*(?:le\\s+|la\\s+|l['’])?(?:réalisateur|réalisatrice|cinéaste)\\s+(?:du\\s+film"
              + "|de\\s+ce\\s+film|du\\s+long-métrage)"
              + "|,\\s*(?:the\\s+)?director\\s+of\\s+the\\s+(?:film|movie)"
              + "|,\\s*the\\s+(?:film|movie)['’]s\\s+director"
              + "|\\s+(?:réalise|réalisera|a\\s+réalisé|signe\\s+la\\s+réalisation\\s+d[eu]|directs"
              + "|will\\s+direct|directed|is\\s+directing)\\s+(?=(?:le\\s+film|ce\\s+film"
              + "|the\\s+film|the\\s+movie|the\\s+sequel|le\\s+(?:septième|huitième|prochain"
              + "|nouveau|dernier)\\s+(?:volet|opus|film)|(?-i:\\p{Lu}))))",
          Reading.FLAGS);

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Sentences.Span sentence : r.sentences()) {
      String words = r.text.substring(sentence.start(), sentence.end());
      if (!SCREEN.matcher(words).find() && !namesWork(r, sentence)) {
        continue;
      }
      Matcher m = PERSON_AFTER.matcher(words);
      while (m.find()) {
        int start = sentence.start() + m.start();
        if (negated(r, sentence, start)) {
          continue;
        }
        Optional<Subjects.Name> person = r.after(r.people, sentence.start() + m.end(), 2, PERSON);
        person.ifPresent(p -> add(r, out, sentence, p, start));
      }
    }
    for (Subjects.Name p : r.people) {
      Sentences.Span sentence = sentenceOf(r, p.start());
      if (sentence == null || p.end() > sentence.end()) {
        continue;
      }
      String after = r.text.substring(p.end(), sentence.end());
      Matcher m = PERSON_BEFORE.matcher(after);
      if (m.find()
          && (SCREEN.matcher(r.text.substring(sentence.start(), sentence.end())).find()
              || namesWork(r, sentence))
          && !negated(r, sentence, p.start())) {
        add(r, out, sentence, p, p.start());
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  static Sentences.Span sentenceOf(Reading r, int offset) {
    for (Sentences.Span s : r.sentences()) {
      if (s.contains(offset)) {
        return s;
      }
    }
    return null;
  }

  static boolean namesWork(Reading r, Sentences.Span sentence) {
    return r.names.stream().anyMatch(n -> n.type().equals("WORK") && sentence.contains(n.start()));
  }

  /** A negation or a first plan in the 30 characters before. */
  static boolean negated(Reading r, Sentences.Span sentence, int at) {
    int to = Math.min(Math.max(at, sentence.start()), r.text.length());
    int from = Math.max(sentence.start(), to - 30);
    return from < to && Reading.NOT_NOW.matcher(r.text.substring(from, to)).find();
  }

  private static void add(
      Reading r, List<Statement> out, Sentences.Span sentence, Subjects.Name person, int at) {
    String work =
        r.nearestSubject(sentence, person.start(), person.end(), ClaimKind.DIRECTOR.subjectTypes())
            .orElse(null);
    out.add(r.statement(work, ClaimKind.DIRECTOR, new Value.Name(person.text()), at));
  }
}
