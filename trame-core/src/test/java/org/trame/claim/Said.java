package org.trame.claim;

import java.util.List;
import org.trame.TestArticles;
import org.trame.analysis.ArticleAnalyser;
import org.trame.analysis.ner.NameTagger;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.Article;
import org.trame.store.StoredArticle;

/** Articles of one text for the extractors' tests, and their statements as short strings. */
final class Said {

  private static final ArticleAnalyser FRENCH =
      ArticleAnalyser.of(NameTagger.french(), new RuleTimeTagger());
  private static final ArticleAnalyser ENGLISH =
      ArticleAnalyser.of(NameTagger.english(), new RuleTimeTagger());

  private Said() {}

  static StoredArticle article(String language, String date, String text) {
    return article("a.txt", language, date, text);
  }

  /** One of several articles of a story: each its own id. */
  static StoredArticle article(String id, String language, String date, String text) {
    Article a = TestArticles.article(id, "la-revue", language, date, "Titre", text);
    ArticleAnalyser analyser = language.equals("en") ? ENGLISH : FRENCH;
    return new StoredArticle(a, analyser.analyse(a), null, "s-1", "e-1", null);
  }

  /**
   * {@code kind subject=value}, the subject "?" when the statement names none, and a part's role
   * after its actor: {@code cast ?=Tom Cruise (Ethan Hunt)}.
   */
  static List<String> statements(StatementExtractor x, String language, String text) {
    return x.extract(article(language, "2023-06-10", text)).stream()
        .map(s ->
            s.kind().label()
                + " "
                + (s.subject() == null ? "?" : s.subject())
                + "="
                + s.value().text()
                + (s.value() instanceof Value.Part p ? " (" + p.character() + ")" : ""))
        .toList();
  }

  static List<String> fr(StatementExtractor x, String text) {
    return statements(x, "fr", text);
  }

  static List<String> en(StatementExtractor x, String text) {
    return statements(x, "en", text);
  }
}
