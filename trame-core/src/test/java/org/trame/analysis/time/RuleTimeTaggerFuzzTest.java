package org.trame.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.trame.analysis.TimeMention;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * Any text, published on any day at any precision (or undated): the tagger throws nothing, and its
 * mentions are spans of the text, in order, not overlapping, each with a TIMEX3 type and a value
 * (or none, unresolved) whose year is written with four digits: none before 0000 or after 9999,
 * even when the publication year is 0000 or 9999. The publication date comes from the last bytes of
 * the input, the text from the first ones.
 */
class RuleTimeTaggerFuzzTest {

  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  @FuzzTest
  void anyTextAnyDay(FuzzedDataProvider data) {
    PublishedDate published = null;
    if (data.consumeBoolean()) {
      LocalDate day =
          LocalDate.of(data.consumeInt(0, 9999), data.consumeInt(1, 12), data.consumeInt(1, 28));
      Precision precision = data.pickValue(Precision.values());
      published =
          switch (precision) {
            case DAY -> PublishedDate.day(day);
            case MONTH -> new PublishedDate(day.withDayOfMonth(1), Precision.MONTH, false);
            case SEASON -> new PublishedDate(day.withDayOfMonth(1), Precision.SEASON, false);
            case QUARTER -> PublishedDate.quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case HALF -> PublishedDate.half(day.getYear(), (day.getMonthValue() + 5) / 6);
            case YEAR -> new PublishedDate(day.withDayOfYear(1), Precision.YEAR, false);
          };
    }
    String text = data.consumeRemainingAsString();

    List<TimeMention> found = tagger.tag(text, published);

    assertThat(found.size()).isLessThanOrEqualTo(text.length());
    int end = 0;
    for (TimeMention t : found) {
      assertThat(t.start()).isGreaterThanOrEqualTo(end);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.type()).isIn(TYPES);
      if (t.value() != null) {
        assertThat(t.value()).as("value of %s", t).isNotBlank().doesNotStartWith("-");
        assertThat(t.value()).as("value of %s", t).doesNotStartWith("+");
      }
      end = t.end();
    }
  }
}
