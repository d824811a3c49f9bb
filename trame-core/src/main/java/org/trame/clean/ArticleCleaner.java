package org.trame.clean;

import java.time.Instant;
import org.trame.article.Article;
import org.trame.article.RawArticle;
import org.trame.dedup.Fingerprint;

/** The clean stage: a raw article becomes an {@link Article} with clean text and a language. */
public final class ArticleCleaner {

  private final TextCleaner text;
  private final TextCleaner title;
  private final LanguageDetector detector;
  private final Languages languages;

  /**
   * @param detector tells the language of an article whose input named none
   * @param languages those trame processes; the others are stored, marked as not supported
   */
  public ArticleCleaner(
      TextCleaner text, TextCleaner title, LanguageDetector detector, Languages languages) {
    this.text = text;
    this.title = title;
    this.detector = detector;
    this.languages = languages;
  }

  /** The default chain for French and English. */
  public static ArticleCleaner standard() {
    return standard(Languages.DEFAULT);
  }

  /** The default chain: normalization, then repeated paragraphs; the shipped detector. */
  public static ArticleCleaner standard(Languages languages) {
    NormalizeText normalize = new NormalizeText();
    return new ArticleCleaner(
        TextCleaner.chain(normalize, new DropRepeatedParagraphs()),
        t -> normalize.clean(t).replace('\n', ' '),
        ProfileLanguageDetector.standard(),
        languages);
  }

  public Article clean(RawArticle raw, Instant now) {
    String cleanText = text.clean(raw.text());
    String cleanTitle = raw.title() == null ? "" : title.clean(raw.title());
    if (cleanTitle.isEmpty()) {
      // JSON Lines often carry no title: the first line of the text usually is one
      int end = cleanText.indexOf('\n');
      cleanTitle = end < 0 ? cleanText : cleanText.substring(0, end);
      cleanText = end < 0 ? "" : cleanText.substring(end + 1).strip();
    }
    String language = Languages.normalize(raw.language());
    if (language == null) {
      language = detector.detect(cleanTitle + "\n" + cleanText);
    }
    return new Article(
        raw.id(),
        raw.source(),
        raw.url(),
        cleanTitle,
        raw.author(),
        cleanText,
        raw.title() == null ? raw.text() : raw.title() + "\n" + raw.text(),
        raw.published(),
        language,
        languages.supports(language),
        now,
        Fingerprint.of(cleanTitle, cleanText));
  }
}
