package org.trame.dedup;

import java.util.Optional;
import org.trame.article.Article;

/** The dedup stage: finds the stored article that a new one copies, if any. */
@FunctionalInterface
public interface DuplicateFinder {

  /** The original this article copies, with how similar they are; empty when it is new. */
  Optional<Duplicate> originalOf(Article article);
}
