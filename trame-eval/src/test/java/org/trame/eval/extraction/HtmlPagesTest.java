package org.trame.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPagesTest {

  static final String UTF8_PAGE = "<html><body><p>Déjà vu à Noël</p></body></html>";

  static final String LATIN1_PAGE =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Fête à Sète</p></body></html>";

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void streamsThePagesOfAnArchiveInTheirCharsets(@TempDir Path tmp) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("raw_html/", new byte[0]);
    entries.put("raw_html/41.html", UTF8_PAGE.getBytes(StandardCharsets.UTF_8));
    entries.put("raw_html/readme.txt", "not a page".getBytes(StandardCharsets.UTF_8));
    entries.put("raw_html/7.html", LATIN1_PAGE.getBytes(Charset.forName("ISO-8859-1")));
    entries.put("raw_html/x/9.html.gz", gzip(UTF8_PAGE));
    Path archive = Archives.tarGz(tmp.resolve("pages.tar.gz"), entries);

    List<HtmlPages.Page> pages = new ArrayList<>();
    int skipped = HtmlPages.forEach(archive, Integer.MAX_VALUE, pages::add);

    assertThat(skipped).isZero();
    assertThat(pages).extracting(HtmlPages.Page::id).containsExactly("41", "7", "9");
    assertThat(pages.get(0).html()).contains("Déjà vu à Noël");
    assertThat(pages.get(1).html()).contains("Fête à Sète");
    assertThat(pages.get(2).html()).isEqualTo(UTF8_PAGE);

    List<HtmlPages.Page> two = new ArrayList<>();
    HtmlPages.forEach(archive, 2, two::add);
    assertThat(two).hasSize(2);
    List<HtmlPages.Page> stopped = new ArrayList<>();
    HtmlPages.forEach(archive, 10, p -> stopped.add(p) && false);
    assertThat(stopped).hasSize(1);
  }

  @Test
  void readsAFolderOfPagesInNameOrder(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("b.htm"), UTF8_PAGE);
    Files.write(tmp.resolve("a.html.gz"), gzip(UTF8_PAGE));
    Files.writeString(tmp.resolve("notes.md"), "no");

    List<String> ids = new ArrayList<>();
    HtmlPages.forEach(tmp, Integer.MAX_VALUE, p -> ids.add(p.id()));

    assertThat(ids).containsExactly("a", "b");
  }

  @Test
  void anInputThatIsNoArchiveNamesItself(@TempDir Path tmp) throws IOException {
    Path text = Files.writeString(tmp.resolve("pages.txt"), "x");
    Path broken = Files.writeString(tmp.resolve("broken.tar.gz"), "not gzip at all");

    assertThatThrownBy(() -> HtmlPages.forEach(text, 1, p -> true))
        .hasMessageContaining("pages.txt");
    assertThatThrownBy(() -> HtmlPages.forEach(broken, 1, p -> true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.tar.gz");
  }
}
