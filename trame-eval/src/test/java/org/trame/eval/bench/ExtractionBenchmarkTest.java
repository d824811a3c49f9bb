package org.trame.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.PublishedDate;
import org.trame.extract.DateSource;

class ExtractionBenchmarkTest {

  /** A page of our own with a meta date and a date line, like the OrangeSum pages. */
  private static String page(String day, String words) {
    return "<html lang='fr'><head><title>"
        + words
        + "</title><meta property='article:published_time' content='"
        + day
        + "T10:00:00+02:00'></head><body><article><h1>"
        + words
        + "</h1><p>Rédaction, publié le "
        + day.substring(8)
        + "/"
        + day.substring(5, 7)
        + "/"
        + day.substring(0, 4)
        + " à 10h00</p><p>La commune a annoncé "
        + words
        + ", après des mois de discussions avec les habitants du quartier, une décision qui"
        + " change les habitudes de chacun.</p></article></body></html>";
  }

  @Test
  void timesBothExtractorsAndComparesDatesAndTextsWithTheCorpus(@TempDir Path tmp)
      throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "raw_html/1.html",
        page("2020-03-04", "la fermeture du marché").getBytes(StandardCharsets.UTF_8));
    entries.put(
        "raw_html/2.html",
        page("2021-05-06", "la réouverture du pont").getBytes(StandardCharsets.UTF_8));
    entries.put("raw_html/3.html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));
    Path archive = org.trame.eval.extraction.Archives.tarGz(tmp.resolve("p.tar.gz"), entries);
    Path corpus =
        Files.writeString(
            tmp.resolve("c.jsonl"),
            """
            {"id": "set/1", "date": "2020-03-04", "lead": "", "text": "La commune a annoncé la fermeture du marché, après des mois de discussions avec les habitants du quartier, une décision qui change les habitudes de chacun."}
            {"id": "set/2", "date": "2021-05-07", "text": "Un tout autre texte."}
            {"id": "set/4", "date": null, "text": "Pas de page pour celui-ci."}
            """);

    Map<String, ExtractionBenchmark.CorpusArticle> known = ExtractionBenchmark.corpus(corpus);
    ExtractionBenchmark.Result r = ExtractionBenchmark.run(archive, 10, 1, known);

    assertThat(known).containsKeys("1", "2", "4");
    assertThat(known.get("4").date()).isNull();
    assertThat(r.pages()).isEqualTo(3);
    assertThat(r.warmupPages()).isEqualTo(1);
    assertThat(r.trame().pages()).isEqualTo(3);
    assertThat(r.peer().pages()).isEqualTo(3);
    assertThat(r.trame().nanos()).isPositive();
    assertThat(r.speedRatio()).isPositive();
    assertThat(r.trame().noText()).isEqualTo(1);
    assertThat(r.trame().noDate()).isEqualTo(1);
    assertThat(r.dateSources()).containsExactly(Map.entry(DateSource.META, 2));
    // without the meta tag, the date line near the headline stands in
    assertThat(r.undeclaredSources()).containsExactly(Map.entry(DateSource.TEXT, 2));
    assertThat(r.agreement().compared()).isEqualTo(2);
    assertThat(r.agreement().sameDay()).isEqualTo(1);
    assertThat(r.agreement().sameMonth()).isEqualTo(1);
    assertThat(r.agreement().examples())
        .containsExactly("2: found " + PublishedDate.parse("2021-05-06") + ", corpus 2021-05-07");
    assertThat(r.undeclaredAgreement().sameDay()).isEqualTo(1);
    // page 1's text is the corpus text exactly; page 2's shares nothing with it
    assertThat(r.trameText().precision()).isEqualTo(0.5);
    assertThat(r.trameText().recall()).isEqualTo(0.5);
  }
}
