package org.trame.analysis;

/**
 * A named entity in an article's full text (title, blank line, text).
 *
 * @param text the surface form
 * @param type PER, ORG, LOC, WORK (works and events), or MISC when the tagger cannot tell
 * @param start offset of the first character
 * @param end offset after the last character
 * @param canonical the entity's name inside the article: "Tom Cruise" for a later "Cruise"; the
 *     surface form when nothing longer names it (and in articles stored before it existed)
 */
public record EntityMention(String text, String type, int start, int end, String canonical) {

  public EntityMention {
    if (canonical == null) {
      canonical = text;
    }
  }

  /** A mention that is its own canonical form. */
  public EntityMention(String text, String type, int start, int end) {
    this(text, type, start, end, text);
  }
}
