package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trame.article.RawArticle;

/**
 * What every reader promises whatever the bytes, checked by the fuzz targets: each input gets a
 * word (an article or a rejection), each rejection names where and what, and each article has a
 * title or text.
 */
final class FuzzChecks {

  private FuzzChecks() {}

  /**
   * Checks what {@code sink} got from reading {@code input}.
   *
   * @param maxChars the most characters an article's title or text may hold
   */
  static void wellFormed(RecordingSink sink, InputFile input, long maxChars) {
    assertThat(sink.articles.size() + sink.rejections.size())
        .as("an input that gave neither an article nor a rejection")
        .isPositive();
    for (RecordingSink.Rejection r : sink.rejections) {
      assertThat(r.origin()).as("a rejection names the input").startsWith(input.origin());
      assertThat(r.problem()).as("a rejection says what is wrong").isNotBlank();
      assertThat(r.problem().length()).as("a message stays readable").isLessThan(2_000);
    }
    for (RawArticle a : sink.articles) {
      // a text file of one line is all title, its text empty (found by InputsFuzzTest)
      assertThat((a.title() == null ? "" : a.title()) + a.text())
          .as("an article has text")
          .isNotBlank();
      assertThat(a.id()).as("an article has an id").isNotBlank();
      assertThat(a.origin()).startsWith(input.origin());
      assertThat((long) a.text().length()).as("text within bounds").isLessThanOrEqualTo(maxChars);
      if (a.title() != null) {
        assertThat((long) a.title().length()).isLessThanOrEqualTo(maxChars);
      }
      if (a.published() != null) {
        assertThat(a.published().date().getYear()).as("a plausible year").isBetween(1, 9999);
      }
    }
  }

  /** A scratch file, kept for the whole run: fuzz targets rewrite it at every input. */
  static Path scratch(String name) {
    try {
      Path dir = Files.createTempDirectory("trame-fuzz-");
      dir.toFile().deleteOnExit();
      return dir.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
