package org.trame.story;

import java.util.ArrayList;
import java.util.List;
import org.trame.analysis.Analysis;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;

/**
 * The subject a French headline names before its " : " ("James Webb : un incident à Kourou repousse
 * encore le lancement", "Notre-Dame : la flèche sera reconstruite"): French news so says whose
 * story an article tells. Only the names the entity tagger found there count, so that a rubric
 * ("Spatial : …", "Critique : …") says nothing. English and Spanish headlines write "X:" with no
 * space, as names do ("Mission: Impossible"), and are left alone.
 */
final class Kicker {

  /** The longest a kicker runs, in characters: past it, " : " is inside the headline. */
  static final int LONGEST = 40;

  private static final String SEPARATOR = " : ";

  private Kicker() {}

  /** The names in the headline's kicker, as written; none when it has no kicker. */
  static List<String> names(Article article, Analysis analysis) {
    int end = article.title().indexOf(SEPARATOR);
    if (end < 0 || end > LONGEST) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (EntityMention e : analysis.entities()) {
      if (e.end() <= end && !names.contains(e.text())) {
        names.add(e.text());
      }
    }
    return names;
  }
}
