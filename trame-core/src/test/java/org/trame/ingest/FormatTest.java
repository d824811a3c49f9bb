package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

  private static Format detect(String content, String name) {
    byte[] bytes = content.replace("\\n", "\n").replace("BOM", "\uFEFF").getBytes(UTF_8);
    return Format.detect(bytes, bytes.length, name);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WARC/1.0\\nWARC-Type: warcinfo | a.bin | WARC",
        "WARC/1.1\\nWARC-Type: response | a.txt | WARC",
        "<rss version='2.0'><channel> | a | FEED",
        "BOM<?xml version='1.0'?>\\n<!-- généré -->\\n<?xml-stylesheet href='s.xsl'?>\\n<rss> | a.txt | FEED",
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'> | a.html | FEED",
        "<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'> | a.jsonl | FEED",
        "<?xml version='1.0'?><urlset> | a | FEED",
        "<!DOCTYPE html><html lang='fr'> | a.txt | HTML",
        "  <!doctype HTML> | a.xml | HTML",
        "<!-- saved from url -->\\n<html> | a | HTML",
        "<HEAD><TITLE>x</TITLE> | a | HTML",
        "<body><p>x</p> | a | HTML",
        "<?xml version='1.0'?><!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x'><html> | a | HTML",
        "Un titre\\nUn corps où l'on écrit a < b et <b> une fois. | a | TEXT",
        " date 2022-01-01\\nTitre\\nCorps. | a.txt | TEXT",
        "{\"id\":\"x\"} | a | JSON_LINES",
        "{ un titre étrange } | a.txt | TEXT",
        "entête\\n{\"id\":\"x\"} | a.jsonl | JSON_LINES",
        "Du texte sans balise. | a.html | HTML",
        "Du texte sans balise. | a.rss | FEED",
        "Du texte sans balise. | a.warc | WARC",
      })
  void contentFirstThenTheName(String content, String name, Format expected) {
    assertThat(detect(content, name)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void manyTagsEarlyMeanAPageFragment() {
    String fragment = "<div class=a><p>Un paragraphe.</p><p>Un autre.</p></div>".repeat(6);
    assertThat(detect("Titre\\n" + fragment, "a")).isEqualTo(Format.HTML);
  }
}
