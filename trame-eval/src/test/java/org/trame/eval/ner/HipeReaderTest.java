package org.trame.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HipeReaderTest {

  static Path fixture() throws URISyntaxException {
    return Path.of(HipeReaderTest.class.getResource("/ner/two-documents.tsv").toURI());
  }

  @Test
  void rebuildsEachDocumentsTextAndItsEntitiesOverTokens() throws Exception {
    List<HipeDocument> docs = HipeReader.read(fixture());

    assertThat(docs).extracting(HipeDocument::id).containsExactly("fixture-1", "fixture-2");
    HipeDocument first = docs.get(0);
    assertThat(first.text())
        .isEqualTo(
            "Hier, l'actrice Hayley Atwell a retrouvé Tom Cruise en Norvège. Paramount Pictures"
                + " finance le film « Top Gun ».");
    assertThat(first.gold())
        .containsExactly(
            new TokenSpan("PER", 4, 5),
            new TokenSpan("PER", 8, 9),
            new TokenSpan("LOC", 11, 11),
            new TokenSpan("ORG", 13, 14),
            new TokenSpan("WORK", 19, 20));
    assertThat(first.sentenceEnds()).containsExactly(12, 22);
    for (int i = 0; i < first.tokens().size(); i++) {
      assertThat(first.text().substring(first.starts()[i], first.end(i)))
          .isEqualTo(first.tokens().get(i));
    }
    // upper-case NewsEye types and time spans
    assertThat(docs.get(1).gold())
        .containsExactly(
            new TokenSpan("TIME", 0, 2), new TokenSpan("LOC", 8, 8), new TokenSpan("LOC", 11, 11));
  }

  @Test
  void mapsACharacterSpanToTheTokensItCovers() throws Exception {
    HipeDocument d = HipeReader.read(fixture()).get(0);
    int start = d.text().indexOf("Tom Cruise");

    assertThat(d.tokensOf(start, start + "Tom Cruise".length())).containsExactly(8, 9);
    assertThat(d.tokensOf(start, start + 2)).containsExactly(8, 8);
    assertThat(d.tokensOf(d.text().length(), d.text().length())).isNull();
  }

  @Test
  void aFileWithoutHeaderOrDocumentSaysWhichFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "Paris\tB-loc\n");
    assertThatThrownBy(() -> HipeReader.read(bad))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad.tsv:1");
    Path empty = dir.resolve("empty.tsv");
    Files.writeString(empty, "TOKEN\tNE-COARSE-LIT\tMISC\n");
    assertThatThrownBy(() -> HipeReader.read(empty)).hasMessageContaining("no document");
  }
}
