package org.trame.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

class TimeMlReaderTest {

  @TempDir Path tmp;

  static Path fixtures() {
    try {
      return Path.of(Objects.requireNonNull(TimeMlReaderTest.class.getResource("/timex")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String xml) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, xml);
    return f;
  }

  /** A minimal document around {@code body}, the inside of {@code <TEXT>}. */
  private static String doc(String body) {
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML>
    <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2020-03-02"/></DCT>
    <TEXT>%s</TEXT>
    </TimeML>
    """
        .formatted(body);
  }

  private static void assertSpansIndexTheText(TimeMlDocument d) {
    assertThat(d.gold())
        .allSatisfy(m -> assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void readsTheTextTheSpansAndTheCreationTimeOfAFixture() throws Exception {
    TimeMlDocument d = TimeMlReader.read(fixtures().resolve("fete-du-village.tml"));

    assertThat(d.id()).isEqualTo("fete-du-village");
    assertThat(d.dct()).isEqualTo(PublishedDate.parse("2021-06-18"));
    // tags gone, entities decoded, the text kept as it is between <TEXT> and </TEXT>
    assertThat(d.text())
        .startsWith("\nLa fête du village de Saint-Amé & Vagney aura lieu le 26 juin.")
        .doesNotContain("<", "&amp;", "&apos;")
        .contains("comme chaque samedi d'été.")
        .endsWith("plus de monde qu'en 2019.\n");
    assertSpansIndexTheText(d);
    assertThat(d.gold())
        .extracting(TimeMention::text)
        .containsExactly(
            "26 juin",
            "demain",
            "quatre heures",
            "21\u00a0h",
            "chaque samedi",
            "13 juillet à 23 h",
            "la veille de la fête nationale",
            "1987",
            "en 2019");
    TimeMention first = d.gold().get(0);
    assertThat(first.start()).isEqualTo(d.text().indexOf("26 juin"));
    assertThat(first.type()).isEqualTo("DATE");
    assertThat(first.value()).isEqualTo("2021-06-26");
    TimeMention nested = d.gold().get(6);
    assertThat(nested.type()).isEqualTo("DATE");
    assertThat(nested.value()).isEqualTo("2021-07-13");
    // the DCT is the anchor, not a mention; the empty TIMEX3 is counted, not scored
    assertThat(d.gold()).extracting(TimeMention::value).doesNotContain("2021-06-18");
    assertThat(d.nonConsuming()).isEqualTo(1);
  }

  @Test
  void offsetsCountDecodedEntitiesAsTheCharactersTheyStandFor() throws Exception {
    TimeMlDocument d =
        TimeMlReader.read(
            write(
                "e.tml",
                doc(
                    "A&amp;B &lt;&#233;t&#xE9;&gt; <TIMEX3 tid=\"t1\" type=\"DATE\""
                        + " value=\"2020-03-01\">hier</TIMEX3>")));

    assertThat(d.text()).isEqualTo("A&B <été> hier");
    assertThat(d.gold())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.start()).isEqualTo(10);
          assertThat(m.end()).isEqualTo(14);
          assertThat(m.text()).isEqualTo("hier");
        });
  }

  @Test
  void nestedTagsCdataAndCommentsInsideText() throws Exception {
    TimeMlDocument d =
        TimeMlReader.read(
            write(
                "n.tml",
                doc(
                    "Dès <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-03-09\">lundi <SIGNAL"
                        + " sid=\"s1\">pro</SIGNAL><!-- a note -->chain</TIMEX3>, puis"
                        + " <![CDATA[a<b]]> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">deux"
                        + " <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1W\">semaines</TIMEX3>"
                        + "</TIMEX3>.")));

    assertThat(d.text()).isEqualTo("Dès lundi prochain, puis a<b deux semaines.");
    assertSpansIndexTheText(d);
    // a TIMEX3 inside a TIMEX3 (not valid TimeML) closes against its own start; outer first
    assertThat(d.gold())
        .extracting(TimeMention::text)
        .containsExactly("lundi prochain", "deux semaines", "semaines");
  }

  @Test
  void whitespaceAtTheEdgesOfATimexIsNotPartOfItsSpan() throws Exception {
    TimeMlDocument d =
        TimeMlReader.read(
            write(
                "w.tml",
                doc(
                    "le<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-03-02\">\u00a0 aujourd'hui\n"
                        + "</TIMEX3>même et <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X\"> </TIMEX3>")));

    assertThat(d.gold())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.text()).isEqualTo("aujourd'hui");
          assertThat(d.text().substring(m.start(), m.end())).isEqualTo("aujourd'hui");
        });
    // a TIMEX3 holding only whitespace has no text to find: non-consuming
    assertThat(d.nonConsuming()).isEqualTo(1);
  }

  @Test
  void aCreationTimeInsideTheTextIsTheAnchorNotAMention() throws Exception {
    String xml =
        """
        <TimeML><TEXT>Paris, <TIMEX3 tid="t0" type="DATE" value="2019-11-04T08:30"
        functionInDocument="CREATION_TIME">4 novembre</TIMEX3>. Il pleut <TIMEX3 tid="t1"
        type="DATE" value="PRESENT_REF">aujourd'hui</TIMEX3>.</TEXT></TimeML>
        """;
    TimeMlDocument d = TimeMlReader.read(write("c.tml", xml));

    assertThat(d.id()).isEqualTo("c");
    assertThat(d.dct()).isEqualTo(PublishedDate.parse("2019-11-04"));
    assertThat(d.text()).isEqualTo("Paris, 4 novembre. Il pleut aujourd'hui.");
    assertThat(d.gold()).extracting(TimeMention::text).containsExactly("aujourd'hui");
  }

  @Test
  void aDoctypeIsNotFetched() throws Exception {
    String xml =
        doc("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">2020</TIMEX3>")
            .replace(
                "<TimeML>",
                "<!DOCTYPE TimeML SYSTEM \"http://invalid.example/timeml.dtd\">\n<TimeML>");
    TimeMlDocument d = TimeMlReader.read(write("d.tml", xml));

    assertThat(d.gold()).extracting(TimeMention::text).containsExactly("2020");
  }

  @Test
  void unusableFilesAreRefusedNamingTheFile() throws Exception {
    Path noDct = write("no-dct.tml", "<TimeML><TEXT>rien</TEXT></TimeML>");
    Path noText = write("no-text.tml", doc("").replace("<TEXT></TEXT>", ""));
    Path broken = write("broken.tml", doc("<TIMEX3 tid=\"t1\">hier</TEXT>"));
    Path badDate = write("bad-date.tml", doc("").replace("2020-03-02", "PRESENT_REF"));

    assertThatThrownBy(() -> TimeMlReader.read(noDct))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-dct.tml")
        .hasMessageContaining("creation time");
    assertThatThrownBy(() -> TimeMlReader.read(noText)).hasMessageContaining("no <TEXT>");
    assertThatThrownBy(() -> TimeMlReader.read(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.tml");
    assertThatThrownBy(() -> TimeMlReader.read(badDate)).hasMessageContaining("PRESENT_REF");
  }

  @Test
  void listsTheTmlFilesOfAFolderByName() throws Exception {
    write("b.tml", doc(""));
    write("a.TML", doc(""));
    write("notes.txt", "");
    Files.createDirectory(tmp.resolve("sub.tml"));

    List<Path> files = TimeMlReader.files(tmp);

    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.TML", "b.tml");
  }
}
