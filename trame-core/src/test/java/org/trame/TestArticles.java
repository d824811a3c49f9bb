package org.trame;

import java.time.Instant;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.dedup.Fingerprint;
import org.trame.store.StoredArticle;

/** Small articles for tests, in the project's own words. */
public final class TestArticles {

  private TestArticles() {}

  public static RawArticle raw(String id, String date, String title, String text) {
    return new RawArticle(
        id,
        "test",
        null,
        title,
        null,
        text,
        date == null ? null : PublishedDate.parse(date),
        null,
        id);
  }

  public static Article article(String id, String date, String title, String text) {
    return article(id, "test", "fr", date, title, text);
  }

  public static Article article(
      String id, String source, String language, String date, String title, String text) {
    return new Article(
        id,
        source,
        null,
        title,
        null,
        text,
        title + "\n" + text,
        date == null ? null : PublishedDate.parse(date),
        language,
        true,
        Instant.EPOCH,
        Fingerprint.of(title, text));
  }

  public static StoredArticle stored(Article a, String story, String event) {
    return new StoredArticle(a, Analysis.EMPTY, null, story, event, null);
  }
}
