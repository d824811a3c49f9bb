package org.trame.article;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as trame keeps it, after cleaning.
 *
 * @param id stable, recognisable id: the path relative to the ingested root for files, the {@code
 *     id} field for JSON Lines
 * @param source the outlet or collection it came from (a folder name, a JSONL {@code source})
 * @param url where it was published, or null
 * @param title the headline (first line of the text when no title was given)
 * @param author the byline, or null
 * @param text the cleaned text, title excluded
 * @param original the text as it arrived, for display and audits
 * @param published when it was published, or null when unknown
 * @param language ISO 639-1 code as the input gave it or as detected; {@code und} when it could not
 *     be told
 * @param languageSupported whether trame was set to process that language when it stored the
 *     article; an article in another is stored all the same, and may have no entities or times
 * @param ingested when trame stored it
 * @param contentHash fingerprint of the normalized title and text, for exact-duplicate detection
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String author,
    String text,
    String original,
    PublishedDate published,
    String language,
    boolean languageSupported,
    Instant ingested,
    String contentHash) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  public Optional<PublishedDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** The same article with another publication date (an estimate for an undated one). */
  public Article withPublished(PublishedDate date) {
    return new Article(
        id,
        source,
        url,
        title,
        author,
        text,
        original,
        date,
        language,
        languageSupported,
        ingested,
        contentHash);
  }

  /** Title and text, as the analysers read them. */
  public String fullText() {
    return title.isEmpty() ? text : title + "\n\n" + text;
  }
}
