package org.trame.article;

import java.util.Objects;

/**
 * An article as an input reader found it, before any cleaning.
 *
 * @param id stable id (see {@link Article#id()})
 * @param source outlet or collection, never null (may be empty)
 * @param url or null
 * @param title headline if the input had one apart from the text, else null
 * @param author the byline, as the input names its author or authors, or null
 * @param text the body exactly as read (title excluded when {@code title} is set)
 * @param published or null when the input gave none
 * @param language or null
 * @param origin where it was read from, for messages ({@code file} or {@code file:line})
 */
public record RawArticle(
    String id,
    String source,
    String url,
    String title,
    String author,
    String text,
    PublishedDate published,
    String language,
    String origin) {

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }
}
