package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

/**
 * Texts built to make the cleaner's patterns backtrack (long runs of digits, spaces, line breaks,
 * repeated words and mojibake): each is cleaned in bounded time, into no more text than it had.
 */
class ArticleCleanerPathologicalTest {

  private static final Instant NOW = Instant.parse("2024-01-15T10:00:00Z");
  private static final int RUN = 200_000;

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("digits", "1".repeat(RUN)),
        Arguments.of("spaces", "Début" + " ".repeat(RUN) + "fin."),
        Arguments.of("non-breaking spaces", "a\u00A0".repeat(RUN / 2)),
        Arguments.of("line breaks", "Début" + "\n".repeat(RUN) + "fin."),
        Arguments.of("carriage returns and spaces", " \r\n \r".repeat(RUN / 4)),
        Arguments.of("one long word", "a".repeat(RUN)),
        Arguments.of("repeated month names", "janvier février mars ".repeat(RUN / 20)),
        Arguments.of("repeated short lines", "Autres articles\n12:30\n".repeat(RUN / 20)),
        Arguments.of("mojibake", "Ã©tÃ© Ã  ".repeat(RUN / 10)),
        Arguments.of("dates and times", "le 12/06/2023 à 12h30, ".repeat(RUN / 25)),
        Arguments.of("one paragraph many times", "Le même paragraphe.\n\n".repeat(RUN / 20)),
        Arguments.of("punctuation", "!?.,;:«»-–—…".repeat(RUN / 12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void isCleanedInBoundedTimeIntoNoMoreText(String name, String text) {
    ArticleCleaner cleaner = ArticleCleaner.standard();
    RawArticle raw =
        new RawArticle(
            "p/1",
            "p",
            null,
            "Titre",
            null,
            text,
            PublishedDate.parse("2023-06-14"),
            null,
            "p.txt");
    long start = System.nanoTime();

    cleaner.observe(raw);
    Article clean = cleaner.clean(raw, NOW);

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("cleaning " + name + " (" + text.length() + " chars): " + millis + " ms");
    assertThat(clean.text().length()).isLessThanOrEqualTo(text.length());
    // a bound no loaded machine reaches by linear work; backtracking takes minutes or more
    assertThat(millis).as(name).isLessThan(30_000);
  }
}
