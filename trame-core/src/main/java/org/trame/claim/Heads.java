package org.trame.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * Who heads an organisation, in French and English: "X, PDG de Y", "X, la présidente de Y", "le
 * président de Y, X", "le PDG de Y X", "X, CEO of Y", "Y's chief executive X". Both must be names,
 * written side by side: the head a person as the tagger types it; what is headed an organisation
 * (or a name of no type) for a chair, since a "président" of a place is a head of state, and any
 * name for a chief executive ("PDG de Renault" is a firm whatever type the tagger gave Renault).
 * The subject is the organisation, never the story's main subject; the value the person; the post
 * (chief executive, chair) tells two claims apart, since a chair and a chief executive stand
 * together. "Ancien", "ex-", "former", "vice-" and "futur" are not the head.
 */
public final class Heads implements StatementExtractor {

  private static final Set<String> PERSON = Set.of("PER");
  private static final Set<String> CHAIRED = Set.of("ORG", "MISC");

  private static final String POST =
      "(?<post>(?<![\\p{L}-])(?:PDG|P\\.-?D\\.?G\\.?|présidente?-directe?(?:ur|rice)\\s+générale?"
          + "|directeur\\s+général|directrice\\s+générale|patron(?:ne)?|CEO|chief\\s+executive"
          + "(?:\\s+officer)?|boss|présidente?|chairman|chairwoman|chair|president))";

  private static final String OF =
      "\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’]|of\\s+(?:the\\s+)?|at\\s+)";

  /** After the person: ", PDG de ", ", la présidente du ", ", CEO of ". */
  private static final Pattern AFTER_PERSON =
      Pattern.compile(
          "^\\s*,\\s*(?:(?:le|la|l['’]|the|actuel(?:le)?|current|nouveau|nouvelle|new)\\s*)*"
              + POST
              + OF,
          Reading.FLAGS);

  /** Before the organisation: "le président de ", "the CEO of ". */
  private static final Pattern BEFORE_ORG =
      Pattern.compile(
          "\\b(?:le|la|l['’]|the|son|sa|its|nouveau|nouvelle|new|actuel(?:le)?|current)\\s*"
              + POST
              + OF
              + "$",
          Reading.FLAGS);

  /** After the organisation: "'s chief executive ". */
  private static final Pattern POSSESSIVE =
      Pattern.compile("^['’]s\\s+(?:new\\s+|current\\s+)?" + POST + "\\s*,?\\s*", Reading.FLAGS);

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Subjects.Name p : r.people) {
      String after = r.text.substring(p.end(), Math.min(r.text.length(), p.end() + 80));
      Matcher m = AFTER_PERSON.matcher(after);
      if (m.find()) {
        String post = m.group("post");
        Optional<Subjects.Name> org =
            r.after(r.names, p.end() + m.end(), 0, Set.of("ORG", "MISC", "LOC", "PER", "WORK"))
                .filter(o -> headed(o, post) && !o.text().equals(p.text()));
        org.ifPresent(o -> add(r, out, o, p, post, p.start()));
      }
    }
    for (Subjects.Name o : r.names) {
      int from = Math.max(0, o.start() - 60);
      Matcher m = BEFORE_ORG.matcher(r.text.substring(from, o.start()));
      if (m.find() && headed(o, m.group("post"))) {
        int end = Math.min(r.text.length(), o.end() + 4);
        Matcher gap = Pattern.compile("^\\s*,?\\s*").matcher(r.text.substring(o.end(), end));
        if (gap.find()) {
          int at = o.end() + gap.end();
          r.people.stream()
              .filter(p -> p.start() == at)
              .findFirst()
              .ifPresent(p -> add(r, out, o, p, m.group("post"), from + m.start()));
        }
      }
      Matcher s =
          POSSESSIVE.matcher(r.text.substring(o.end(), Math.min(r.text.length(), o.end() + 40)));
      if (s.find() && headed(o, s.group("post"))) {
        int at = o.end() + s.end();
        r.people.stream()
            .filter(p -> p.start() == at)
            .findFirst()
            .ifPresent(p -> add(r, out, o, p, s.group("post"), o.start()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  /** Whether {@code org} can be what a post of this kind heads (see the class). */
  private static boolean headed(Subjects.Name org, String post) {
    return post(post).equals("chief executive") || CHAIRED.contains(org.type());
  }

  /** The post's kind: {@code chief executive} or {@code chair}. */
  static String post(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    return w.startsWith("chair") || w.matches("présidente?|president")
        ? "chair"
        : "chief executive";
  }

  private static void add(
      Reading r,
      List<Statement> out,
      Subjects.Name org,
      Subjects.Name person,
      String written,
      int at) {
    out.add(
        r.statement(
            org.text(), ClaimKind.HEAD_OF, new Value.Name(person.text(), post(written)), at));
  }
}
