package org.trame.ingest;

import java.util.ArrayList;
import java.util.List;
import org.trame.article.RawArticle;

/** Keeps what a reader hands over, in order. */
final class RecordingSink implements ArticleSink {

  record Rejection(String origin, String problem) {}

  final List<RawArticle> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void reject(String origin, String problem) {
    rejections.add(new Rejection(origin, problem));
  }

  RawArticle only() {
    if (articles.size() != 1 || !rejections.isEmpty()) {
      throw new AssertionError(
          "expected exactly one article and no rejection, got " + articles + " / " + rejections);
    }
    return articles.get(0);
  }

  /** The one rejection, whatever articles came beside it. */
  Rejection onlyRejectionIgnoringArticles() {
    if (rejections.size() != 1) {
      throw new AssertionError("expected exactly one rejection, got " + rejections);
    }
    return rejections.get(0);
  }

  Rejection onlyRejection() {
    if (rejections.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError(
          "expected exactly one rejection and no article, got " + articles + " / " + rejections);
    }
    return rejections.get(0);
  }
}
