package org.trame.story;

import java.util.List;
import org.trame.analysis.Analysis;
import org.trame.article.Article;

/** The cluster stage: decides which event and story a new article belongs to. */
public interface StoryAssigner {

  /**
   * @param neighbours the most similar stored articles, best first (duplicates excluded)
   */
  Assignment assign(Article article, Analysis analysis, List<Neighbour> neighbours);

  /** Told where the article last assigned was placed (the ids of a new story or event included). */
  default void placed(Article article, StoryBook.Placement placement) {}

  /** Called before the store commits, to save what the stage learned. */
  default void beforeCommit() {}
}
