package org.trame.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trame.article.Article;
import org.trame.article.RawArticle;
import org.trame.dedup.Fingerprint;

/**
 * The clean stage: a raw article becomes an {@link Article} with clean text and a language. The
 * text goes through three steps: mojibake repair and normalization, then the furniture its source
 * is known to repeat (learned, see {@link #observe}), then the steps that need no other article.
 */
public final class ArticleCleaner {

  /** A text step with the name reports give it. */
  public record Step(String name, TextCleaner cleaner) {}

  private final TextCleaner normalize;
  private final SourceFurniture furniture;
  private final List<Step> after;
  private final TextCleaner title;
  private final LanguageDetector detector;
  private final Languages languages;

  /**
   * @param normalize the first step, also what {@link #observe} counts lines after
   * @param furniture what was learned of each source's furniture; updated by {@link #observe}
   * @param after the steps after the learned furniture is gone, in order
   * @param title cleans the headline
   * @param detector tells the language of an article whose input named none
   * @param languages those trame processes; the others are stored, marked as not supported
   */
  public ArticleCleaner(
      TextCleaner normalize,
      SourceFurniture furniture,
      List<Step> after,
      TextCleaner title,
      LanguageDetector detector,
      Languages languages) {
    this.normalize = normalize;
    this.furniture = furniture;
    this.after = List.copyOf(after);
    this.title = title;
    this.detector = detector;
    this.languages = languages;
  }

  /**
   * The default chain: mojibake repair and normalization, learned furniture, the list of links
   * after the article, repeated paragraphs.
   */
  public static ArticleCleaner standard(SourceFurniture furniture, Languages languages) {
    // mojibake first: normalization would turn the non-breaking space of a misread "à" to a space
    TextCleaner normalize = TextCleaner.chain(new RepairMojibake(), new NormalizeText());
    return new ArticleCleaner(
        normalize,
        furniture,
        List.of(
            new Step("trailing furniture", new DropTrailingFurniture()),
            new Step("repeated paragraphs", new DropRepeatedParagraphs())),
        t -> normalize.clean(t).replace('\n', ' '),
        ProfileLanguageDetector.standard(),
        languages);
  }

  /** The default chain for French and English, with nothing learned yet. */
  public static ArticleCleaner standard() {
    return standard(new SourceFurniture(), Languages.DEFAULT);
  }

  /**
   * Counts the lines of an article about to be cleaned, so that what its source repeats is known
   * when it and the articles after it are cleaned. Called once per new article, ahead of {@link
   * #clean}.
   */
  public void observe(RawArticle raw) {
    String text = raw.title() == null ? raw.text() : raw.title() + "\n" + raw.text();
    furniture.observe(raw.source(), normalize.clean(text));
  }

  /** The first step, normalization; what {@link #observe} counts lines after. */
  public String normalize(String text) {
    return normalize.clean(text);
  }

  /**
   * The steps that follow normalization for an article of {@code source}, in order: the furniture
   * learned of that source so far, then those that need no other article.
   */
  public List<Step> steps(String source) {
    List<Step> steps = new ArrayList<>(after.size() + 1);
    steps.add(new Step("learned source furniture", furniture.forSource(source)));
    steps.addAll(after);
    return steps;
  }

  /** What was learned of the sources' furniture, to keep. */
  public SourceFurniture furniture() {
    return furniture;
  }

  public Article clean(RawArticle raw, Instant now) {
    String cleanText = normalize.clean(raw.text());
    for (Step step : steps(raw.source())) {
      cleanText = step.cleaner().clean(cleanText);
    }
    // a text file's first line is taken for its title, and may be the site's menu
    String cleanTitle =
        raw.title() == null
            ? ""
            : furniture.forSource(raw.source()).clean(title.clean(raw.title()));
    if (cleanTitle.isEmpty()) {
      // JSON Lines often carry no title: an opening line of the text usually is one
      String[] headlineAndRest = OpeningHeadline.split(cleanText);
      cleanTitle = headlineAndRest[0];
      cleanText = headlineAndRest[1];
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
