package org.trame.eval.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.trame.extract.Extraction;
import org.trame.extract.Extractor;

/**
 * Readability4J (a port of Mozilla's Readability.js, Apache-2.0) behind trame's {@link Extractor},
 * as the peer that trame's own extractor is measured against. It reads a title and a byline but no
 * publication date, site name or language.
 */
public final class Readability4jExtractor implements Extractor {

  @Override
  public Extraction extract(String html, String url) {
    if (html == null || html.isBlank()) {
      return Extraction.empty(url);
    }
    try {
      Article article = new Readability4J(absolute(url), html).parse();
      String text = article.getTextContent();
      return new Extraction(
          blankToNull(article.getTitle()),
          text == null ? "" : text.strip(),
          url,
          null,
          blankToNull(article.getByline()),
          null,
          null);
    } catch (RuntimeException | StackOverflowError e) {
      // held to the same contract as trame's extractor: a page it cannot read has no text
      return Extraction.empty(url);
    }
  }

  /**
   * Readability4J logs an error with its stack trace on every page whose address has no scheme,
   * which would slow it down unfairly: pages of unknown address get a placeholder one.
   */
  private static String absolute(String url) {
    return url != null && url.matches("(?i)https?://.+") ? url : "http://localhost/";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
