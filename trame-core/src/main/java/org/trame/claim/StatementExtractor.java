package org.trame.claim;

import java.util.List;
import org.trame.store.StoredArticle;

/** Finds the claim values one article states. One implementation per kind of fact. */
@FunctionalInterface
public interface StatementExtractor {

  /** The statements of {@code article}, in reading order; empty when it states none. */
  List<Statement> extract(StoredArticle article);
}
