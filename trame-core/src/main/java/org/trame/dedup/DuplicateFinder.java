package org.trame.dedup;

import java.util.Optional;
import org.trame.article.Article;

/** The dedup stage: finds the stored article that a new one copies, if any. */
@FunctionalInterface
public interface DuplicateFinder {

  /** The id of the original this article copies, or empty when it is new. */
  Optional<String> originalOf(Article article);
}
