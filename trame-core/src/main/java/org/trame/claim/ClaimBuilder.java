package org.trame.claim;

import java.util.List;
import org.trame.store.StoredArticle;

/** The claims stage: a story's claims from its articles. */
@FunctionalInterface
public interface ClaimBuilder {

  /**
   * The claims these articles make, each with every value given for it.
   *
   * @param articles the story's visible articles (an as-of view passes only those published by its
   *     day, so the claims are as then known)
   */
  List<Claim> build(List<StoredArticle> articles);
}
