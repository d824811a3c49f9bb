package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * Any text as a feed's date: null or a date, never an exception; a date read is a plausible one at
 * day or month precision, and reading its own ISO form gives it back.
 */
class FeedDatesFuzzTest {

  @FuzzTest
  void anyText(byte[] data) {
    String text = new String(data, UTF_8);

    PublishedDate date = FeedDates.parse(text);

    if (date != null) {
      assertThat(date.date().getYear()).isBetween(1800, 2200);
      assertThat(date.precision()).isIn(Precision.DAY, Precision.MONTH);
      assertThat(date.estimated()).isFalse();
      assertThat(FeedDates.parse(date.iso())).isEqualTo(date);
    }
  }
}
