package org.trame.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.trame.article.RawArticle;
import org.trame.extract.Extraction;
import org.trame.extract.Extractor;

/**
 * Reads one article from a web page: the page is decoded (see {@link HtmlCharset}), its main text
 * and metadata are found by an {@link Extractor}, and a page without main text is rejected. Pages
 * larger than the limit are rejected, not cut, so that work and memory stay bounded.
 */
public final class HtmlArticleReader implements ArticleReader {

  static final String NO_TEXT = "no article text found in the page";

  private final Extractor extractor;
  private final long maxBytes;

  public HtmlArticleReader(Extractor extractor, long maxBytes) {
    this.extractor = extractor;
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(InputFile input, InputStream in, ArticleSink sink) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      sink.reject(input.origin(), tooLarge());
      return;
    }
    page(bytes, null, null, input.id(), input.source(), input.origin(), sink);
  }

  String tooLarge() {
    return "page too large (more than " + Texts.megabytes(maxBytes) + "), skipped";
  }

  long maxBytes() {
    return maxBytes;
  }

  /**
   * One page as an article.
   *
   * @param httpCharset the charset its HTTP response declared, or null
   * @param url where it was fetched from, or null
   */
  void page(
      byte[] bytes,
      String httpCharset,
      String url,
      String id,
      String source,
      String origin,
      ArticleSink sink) {
    if (bytes.length == 0) {
      sink.reject(origin, "empty page: " + NO_TEXT);
      return;
    }
    String html = HtmlCharset.decode(bytes, httpCharset);
    Extraction page = extractor.extract(html, url);
    if (!page.hasText()) {
      sink.reject(origin, NO_TEXT);
      return;
    }
    String canonical = page.canonicalUrl() != null ? page.canonicalUrl() : url;
    sink.accept(
        new RawArticle(
            id,
            source,
            canonical,
            page.title(),
            page.author(),
            page.text(),
            page.published(),
            page.language(),
            origin));
  }
}
