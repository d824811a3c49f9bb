package org.trame.analysis;

import java.util.List;

/** Finds named entities in a text. */
@FunctionalInterface
public interface EntityTagger {
  List<EntityMention> tag(String text);
}
