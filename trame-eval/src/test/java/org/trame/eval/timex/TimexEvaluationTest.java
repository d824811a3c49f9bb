package org.trame.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.analysis.TimeMention;
import org.trame.analysis.TimeTagger;
import org.trame.article.PublishedDate;
import org.trame.eval.timex.TimexScorer.Counts;

class TimexEvaluationTest {

  private static final Path FIXTURES = TimeMlReaderTest.fixtures();

  /**
   * What the first, calendar-dates-only tagger found in the fixtures, fixed here so that the worked
   * example below checks the scorer, whatever the rules of today's tagger.
   */
  private static final TimeTagger CALENDAR_DATES =
      (text, published) -> {
        String[][] known =
            published.equals(PublishedDate.parse("2021-06-18"))
                ? new String[][] {
                  {"26 juin", "2021-06-26"},
                  {"13 juillet", "2021-07-13"},
                  {"1987", "1987"},
                  {"2019", "2019"}
                }
                : new String[][] {
                  {"3 décembre", "2021-12-03"},
                  {"8 mai 1945", "1945-05-08"},
                  {"janvier 2022", "2022-01"},
                  {"10 juillet", "2021-07-10"}
                };
        List<TimeMention> found = new ArrayList<>();
        for (String[] k : known) {
          int i = text.indexOf(k[0]);
          found.add(new TimeMention(k[0], "DATE", k[1], i, i + k[0].length()));
        }
        return found;
      };

  @Test
  void scoresTheCalendarDateFindingsOnTheFixturesAsWorkedOutByHand() throws Exception {
    // fete-du-village: 9 gold; found "26 juin" (exact), "13 juillet" inside the TIME "13 juillet
    //   à 23 h" (relaxed, wrong type and value), "1987" (exact), "2019" inside "en 2019" (relaxed)
    // marche-d-hiver: 4 gold; found "3 décembre" (exact), "janvier 2022" inside "fin janvier 2022"
    //   (relaxed), "10 juillet" (exact span, but 2021-07-10 where the text means 2022), and the
    //   street name "8 mai 1945" (false positive)
    TimexEvaluation.Result r = TimexEvaluation.run(FIXTURES, CALENDAR_DATES);

    assertThat(r.docs()).isEqualTo(2);
    assertThat(r.nonConsuming()).isEqualTo(1);
    assertThat(r.counts()).isEqualTo(new Counts(13, 8, 4, 7, 5, 6));
    assertThat(r.strict().precision()).isEqualTo(0.5);
    assertThat(r.strict().recall()).isCloseTo(4.0 / 13, within(1e-12));
    assertThat(r.strict().f1()).isCloseTo(8.0 / 21, within(1e-12));
    assertThat(r.relaxed().precision()).isCloseTo(7.0 / 8, within(1e-12));
    assertThat(r.relaxed().recall()).isCloseTo(7.0 / 13, within(1e-12));
    assertThat(r.relaxed().f1()).isCloseTo(14.0 / 21, within(1e-12));
    assertThat(r.value().f1()).isCloseTo(10.0 / 21, within(1e-12));
    assertThat(r.type().f1()).isCloseTo(12.0 / 21, within(1e-12));
    assertThat(r.timings())
        .extracting(TimexEvaluation.DocumentTiming::id)
        .containsExactly("fete-du-village", "marche-d-hiver");
    assertThat(r.timings()).allSatisfy(t -> assertThat(t.nanos()).isNotNegative());
    assertThat(r.taggingNanos()).isEqualTo(r.timings().get(0).nanos() + r.timings().get(1).nanos());
  }

  @Test
  void aTaggerThatReturnsTheGoldScoresOneAndSeesEachDocumentsCreationTime() throws Exception {
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : TimeMlReader.files(FIXTURES)) {
      docs.add(TimeMlReader.read(f));
    }
    Map<String, TimeMlDocument> byText = new HashMap<>();
    docs.forEach(d -> byText.put(d.text(), d));
    List<PublishedDate> anchors = new ArrayList<>();
    TimeTagger oracle =
        (text, published) -> {
          anchors.add(published);
          return byText.get(text).gold();
        };

    TimexEvaluation.Result r = TimexEvaluation.run(docs, oracle);

    assertThat(r.strict().f1()).isEqualTo(1.0);
    assertThat(r.relaxed().f1()).isEqualTo(1.0);
    assertThat(r.value().f1()).isEqualTo(1.0);
    assertThat(r.type().f1()).isEqualTo(1.0);
    assertThat(anchors)
        .containsExactly(PublishedDate.parse("2021-06-18"), PublishedDate.parse("2022-01-07"));
  }

  @Test
  void aTaggerThatFindsNothingScoresZero() throws Exception {
    TimexEvaluation.Result r = TimexEvaluation.run(FIXTURES, (text, published) -> List.of());

    assertThat(r.counts()).isEqualTo(new Counts(13, 0, 0, 0, 0, 0));
    assertThat(r.strict().f1()).isZero();
    assertThat(r.value().f1()).isZero();
  }

  @Test
  void spansOutsideTheTextAreATaggerBugNotAScore() {
    TimeTagger broken =
        (text, published) -> List.of(new TimeMention("x", "DATE", "2020", 0, text.length() + 1));

    assertThatThrownBy(() -> TimexEvaluation.run(FIXTURES, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fete-du-village");
  }

  @Test
  void aFolderWithoutTimeMlIsRefused(@TempDir Path empty) {
    assertThatThrownBy(() -> TimexEvaluation.run(empty, CALENDAR_DATES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no .tml files");
    assertThatThrownBy(() -> TimexEvaluation.run(empty.resolve("missing"), CALENDAR_DATES))
        .isInstanceOf(IOException.class);
  }
}
