package org.trame.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

/**
 * Reads one article from a plain-text file in the shape users have: an optional metadata line
 * {@code " date YYYY-MM"} or {@code " date YYYY-MM-DD"} (leading space allowed; scraped files often
 * continue with the article's first paragraph on the same line), then the text. The first non-blank
 * line of text is the title. Text that is not valid UTF-8 is read as Windows-1252.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)(?![\\d-])[ \\t]*(.*)$", Pattern.DOTALL);

  private final long maxBytes;

  /**
   * @param maxBytes largest text accepted as one article; larger files are rejected, not truncated
   */
  public TextArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(InputFile input, InputStream in, ArticleSink sink) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      sink.reject(
          input.origin(),
          "too large for one article (more than "
              + Texts.megabytes(maxBytes)
              + "); split it, or give it as JSON Lines");
      return;
    }
    String problem = Texts.binaryProblem(bytes);
    if (problem != null) {
      sink.reject(input.origin(), problem);
      return;
    }
    // a file that is not valid UTF-8 is a legacy Western file far more often than a broken one
    String content = Texts.stripBom(Texts.decodeUtf8OrWindows1252(bytes));
    if (content.isBlank()) {
      sink.reject(input.origin(), "empty file: no article text");
      return;
    }
    parse(input, content, sink);
  }

  static void parse(InputFile input, String content, ArticleSink sink) {
    String body = Texts.stripBom(content).replace("\r\n", "\n").replace('\r', '\n');
    PublishedDate published = null;
    int firstBreak = body.indexOf('\n');
    String firstLine = firstBreak < 0 ? body : body.substring(0, firstBreak);
    Matcher m = DATE_LINE.matcher(firstLine);
    if (m.matches()) {
      try {
        published = PublishedDate.parse(m.group(1));
      } catch (IllegalArgumentException e) {
        sink.reject(input.origin(), "line 1: " + e.getMessage());
        return;
      }
      body = m.group(2) + (firstBreak < 0 ? "" : body.substring(firstBreak));
    }
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      sink.reject(input.origin(), "no article text after the date line");
      return;
    }
    int titleEnd = trimmed.indexOf('\n');
    String title = (titleEnd < 0 ? trimmed : trimmed.substring(0, titleEnd)).strip();
    String text = titleEnd < 0 ? "" : trimmed.substring(titleEnd + 1);
    sink.accept(
        new RawArticle(
            input.id(), input.source(), null, title, null, text, published, null, input.origin()));
  }
}
