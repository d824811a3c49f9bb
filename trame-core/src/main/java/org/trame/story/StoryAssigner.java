package org.trame.story;

import java.util.List;
import org.trame.analysis.Analysis;
import org.trame.article.Article;

/** The cluster stage: decides which event and story a new article belongs to. */
@FunctionalInterface
public interface StoryAssigner {

  /**
   * @param neighbours the most similar stored articles, best first (duplicates excluded)
   */
  Assignment assign(Article article, Analysis analysis, List<Neighbour> neighbours);
}
