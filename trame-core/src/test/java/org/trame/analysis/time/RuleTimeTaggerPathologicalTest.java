package org.trame.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

/**
 * Texts built to make the tagger's patterns backtrack: long runs of digits and spaces, month and
 * weekday names over and over, dates without end. Each is tagged in bounded time, into mentions
 * that are spans of the text and no more of them than there are words.
 */
class RuleTimeTaggerPathologicalTest {

  private static final int RUN = 100_000;

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("digits", "1".repeat(RUN)),
        Arguments.of("digits and spaces", "12 ".repeat(RUN / 3)),
        Arguments.of("spaces", "le" + " ".repeat(RUN) + "12 juin"),
        Arguments.of("spaces before a month", "le 12" + " ".repeat(RUN) + "juin 2023"),
        Arguments.of("month names", "juin ".repeat(RUN / 5)),
        Arguments.of("month names and numbers", "12 juin 13 juillet ".repeat(RUN / 20)),
        Arguments.of("weekdays", "lundi mardi jeudi ".repeat(RUN / 18)),
        Arguments.of("iso dates", "2023-06-14-".repeat(RUN / 11)),
        Arguments.of("slashes", "12/12/".repeat(RUN / 6)),
        Arguments.of("depuis", "depuis le ".repeat(RUN / 10)),
        Arguments.of("il y a", "il y a trois ans, ".repeat(RUN / 18)),
        Arguments.of("clock times", "12h30 ".repeat(RUN / 6)),
        Arguments.of("one long word", "a".repeat(RUN)),
        Arguments.of("apostrophes", "l'an l'".repeat(RUN / 7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void isTaggedInBoundedTime(String name, String text) {
    long start = System.nanoTime();

    List<TimeMention> found = tagger.tag(text, PublishedDate.parse("2023-06-14"));

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("tagging " + name + " (" + text.length() + " chars): " + millis + " ms");
    long words = text.chars().filter(Character::isWhitespace).count() + 1;
    assertThat((long) found.size()).isLessThanOrEqualTo(Math.max(words, text.length() / 4));
    int end = 0;
    for (TimeMention t : found) {
      assertThat(t.start()).isGreaterThanOrEqualTo(end);
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      end = t.end();
    }
    // a bound no loaded machine reaches by linear work; backtracking takes minutes or more
    assertThat(millis).as(name).isLessThan(30_000);
  }

  @org.junit.jupiter.api.Test
  void aPublicationInYearZeroResolvesNothingBeforeIt() {
    PublishedDate yearZero =
        new PublishedDate(java.time.LocalDate.of(0, 1, 6), org.trame.article.Precision.DAY, false);

    List<TimeMention> found =
        tagger.tag("Le jueves, l'an dernier, puis lundi dernier, rien.", yearZero);

    assertThat(found).isNotEmpty();
    assertThat(found)
        .extracting(TimeMention::value)
        .allSatisfy(v -> {
          if (v != null) {
            assertThat(v).doesNotStartWith("-");
          }
        });
    assertThat(found)
        .filteredOn(t -> t.text().equals("l'an dernier"))
        .singleElement()
        .satisfies(t -> assertThat(t.value()).isNull());
  }
}
