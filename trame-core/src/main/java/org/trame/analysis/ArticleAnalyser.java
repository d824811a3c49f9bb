package org.trame.analysis;

import org.trame.article.Article;

/** The analyse stage: what an article is about and when. */
@FunctionalInterface
public interface ArticleAnalyser {

  Analysis analyse(Article article);

  /** Entities from one tagger, times from another. */
  static ArticleAnalyser of(EntityTagger entities, TimeTagger times) {
    return article -> {
      String text = article.fullText();
      return new Analysis(
          entities.tag(text, article.language()), times.tag(text, article.published()));
    };
  }
}
