package org.trame.peers.heideltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

/** The peer must really run, or the benchmark that compares with it measures nothing. */
class HeidelTimeTaggerTest {

  @Test
  void mentionsAreFoundBackAtTheirOffsetsInTheInput() {
    String text = "Sortie le 12 juillet 2023 & pas avant < l'été.";
    String timeMl =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\nSortie"
            + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-07-12\">le 12 juillet 2023</TIMEX3>"
            + " &amp; pas avant &lt; <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-SU\">l'été"
            + "</TIMEX3>.\n</TimeML>";

    List<TimeMention> found = HeidelTimeTagger.mentions(text, timeMl);

    assertThat(found)
        .containsExactly(
            new TimeMention("le 12 juillet 2023", "DATE", "2023-07-12", 7, 25),
            new TimeMention("l'été", "DATE", "2023-SU", 40, 45));
  }

  @Test
  void heidelTimeTagsAFrenchSentenceAgainstItsPublicationDate() {
    HeidelTimeTagger tagger = new HeidelTimeTagger("fr");

    List<TimeMention> found =
        tagger.tag(
            "Le studio a annoncé hier que le film sortira le 12 juillet 2023.",
            PublishedDate.parse("2022-11-30"));

    assertThat(found).extracting(TimeMention::value).contains("2022-11-29", "2023-07-12");
  }
}
