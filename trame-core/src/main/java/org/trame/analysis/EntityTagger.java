package org.trame.analysis;

import java.util.List;

/** Finds named entities in a text. */
@FunctionalInterface
public interface EntityTagger {

  List<EntityMention> tag(String text);

  /**
   * Finds named entities in a text of a known language.
   *
   * @param language ISO 639-1 code, or null when not known
   */
  default List<EntityMention> tag(String text, String language) {
    return tag(text);
  }
}
