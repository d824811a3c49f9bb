package org.trame.ingest;

import org.trame.article.RawArticle;

/** Where readers put what they read: articles, and inputs they had to reject. */
public interface ArticleSink {

  void accept(RawArticle article);

  /**
   * An input, or part of one, that could not be read as an article.
   *
   * @param origin the file, or {@code file:line}
   * @param problem what is wrong, in words a user can act on
   */
  void reject(String origin, String problem);
}
