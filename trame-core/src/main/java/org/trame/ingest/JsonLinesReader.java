package org.trame.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

/**
 * Reads articles from JSON Lines: one object a line with {@code id}, {@code title}, {@code text},
 * {@code date} ({@code YYYY-MM-DD}, {@code YYYY-MM} or null), {@code lang}, {@code source}, {@code
 * url}, and an optional {@code lead} (standfirst) that goes before the text. A bad line is rejected
 * with its number and the rest of the file is read.
 */
public final class JsonLinesReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxLineChars;

  public JsonLinesReader(int maxLineChars) {
    this.maxLineChars = maxLineChars;
  }

  @Override
  public void read(InputFile input, InputStream in, ArticleSink sink) throws IOException {
    BoundedLineReader lines =
        new BoundedLineReader(new BufferedInputStream(in, 1 << 16), maxLineChars);
    BoundedLineReader.Line line;
    boolean anyContent = false;
    while ((line = lines.next()) != null) {
      String origin = input.origin() + ":" + line.number();
      anyContent |= line.tooLong() || !Texts.stripBom(line.text()).isBlank();
      if (line.tooLong()) {
        sink.reject(origin, "line longer than " + maxLineChars + " characters, skipped");
        continue;
      }
      String text = Texts.stripBom(line.text());
      if (text.isBlank()) {
        continue;
      }
      RawArticle article;
      try {
        article =
            toArticle(
                JSON.readTree(text), input.id() + ":" + line.number(), input.source(), origin);
      } catch (JacksonException e) {
        sink.reject(origin, "not a JSON object: " + e.getOriginalMessage());
        continue;
      } catch (IllegalArgumentException e) {
        sink.reject(origin, e.getMessage());
        continue;
      }
      sink.accept(article);
    }
    if (!anyContent) {
      // a file of blank lines would otherwise pass in silence, as if it had been read
      sink.reject(input.origin(), "no JSON object in the file: it holds only blank lines");
    }
  }

  /**
   * One JSON object as an article: the one mapping of the JSON Lines fields, shared with the
   * evaluation readers.
   *
   * @param fallbackId the id when the object has none (stable as long as the file is)
   * @param defaultSource the source when the object names none
   * @param origin where it was read, for messages
   * @throws IllegalArgumentException naming the problem when it cannot be an article
   */
  public static RawArticle toArticle(
      JsonNode node, String fallbackId, String defaultSource, String origin) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String body = string(node, "text");
    // a standfirst kept apart from the body (OrangeSum's "lead") is part of what the article says
    String lead = string(node, "lead");
    if (lead != null && !lead.isBlank()) {
      body = body == null || body.isBlank() ? lead : lead + "\n\n" + body;
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("no \"text\": an article needs its text");
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      id = fallbackId;
    }
    String date = string(node, "date");
    PublishedDate published = null;
    if (date != null && !date.isBlank()) {
      try {
        published = PublishedDate.parse(date);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "\"date\" is '" + date + "', expected YYYY-MM-DD, YYYY-MM or null", e);
      }
    }
    String source = string(node, "source");
    return new RawArticle(
        id,
        source == null || source.isBlank() ? defaultSource : source,
        string(node, "url"),
        string(node, "title"),
        string(node, "author"),
        body,
        published,
        string(node, "lang"),
        origin);
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
