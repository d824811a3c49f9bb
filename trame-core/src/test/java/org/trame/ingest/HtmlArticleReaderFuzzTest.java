package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.trame.extract.DensityExtractor;

/**
 * Any bytes as a web page: one article or one rejection, never an exception; the article's text
 * grows at most by the line breaks its markup stands for, never beyond twice the page.
 */
class HtmlArticleReaderFuzzTest {

  private static final long MAX_BYTES = 256_000;

  private final HtmlArticleReader reader = new HtmlArticleReader(new DensityExtractor(), MAX_BYTES);

  @FuzzTest
  void anyBytes(byte[] data) throws IOException {
    InputFile input = new InputFile(Path.of("pages", "a.html"), "a.html", "pages", data.length);
    RecordingSink sink = new RecordingSink();

    reader.read(input, new ByteArrayInputStream(data), sink);

    FuzzChecks.wellFormed(sink, input, 2L * data.length);
    assertThat(sink.articles.size() + sink.rejections.size()).isEqualTo(1);
  }
}
