package org.trame.claim;

import org.trame.article.PublishedDate;

/**
 * One value of a claim as one article states it, before the story's statements are put together.
 *
 * @param subject the name the article gives what it is about (not yet the story's name for it), or
 *     null when the article names nothing that fits
 * @param kind what kind of fact
 * @param value the value stated
 * @param articleId the article
 * @param source the article's outlet, or null
 * @param said the article's publication date, or null when it has none
 * @param position where in the article's full text the value is written, to keep reading order
 * @param named whether the sentence ties the subject to the value in so many words ("la cérémonie
 *     d'ouverture des Jeux", "les Jeux paralympiques s'ouvriront le…"), rather than the subject
 *     being only the nearest fitting name: a story keeps such a subject even when it names it
 *     rarely
 */
public record Statement(
    String subject,
    ClaimKind kind,
    Value value,
    String articleId,
    String source,
    PublishedDate said,
    int position,
    boolean named) {

  /** A date statement. */
  public Statement(
      String subject,
      ClaimKind kind,
      PublishedDate value,
      String articleId,
      String source,
      PublishedDate said,
      int position,
      boolean named) {
    this(subject, kind, new Value.When(value), articleId, source, said, position, named);
  }
}
