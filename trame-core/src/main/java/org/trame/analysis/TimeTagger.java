package org.trame.analysis;

import java.util.List;
import org.trame.article.PublishedDate;

/** Finds temporal expressions in a text and resolves them against its publication date. */
@FunctionalInterface
public interface TimeTagger {

  /**
   * @param published the anchor for relative and partial expressions, or null when unknown
   */
  List<TimeMention> tag(String text, PublishedDate published);
}
