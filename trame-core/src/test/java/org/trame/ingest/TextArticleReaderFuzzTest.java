package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.trame.article.RawArticle;

/**
 * Any bytes as a text file: one article or one rejection, never an exception, and the article is
 * what the file said (its title one line, nothing longer than the file). Seeds and crashes found
 * are replayed by every build from {@code TextArticleReaderFuzzTestInputs/anyBytes}.
 */
class TextArticleReaderFuzzTest {

  private static final long MAX_BYTES = 64_000;

  private final TextArticleReader reader = new TextArticleReader(MAX_BYTES);

  @FuzzTest
  void anyBytes(byte[] data) throws IOException {
    InputFile input = new InputFile(Path.of("texts", "a.txt"), "a.txt", "texts", data.length);
    RecordingSink sink = new RecordingSink();

    reader.read(input, new ByteArrayInputStream(data), sink);

    FuzzChecks.wellFormed(sink, input, data.length);
    assertThat(sink.articles.size() + sink.rejections.size()).isEqualTo(1);
    for (RawArticle a : sink.articles) {
      assertThat(a.id()).isEqualTo("a.txt");
      assertThat(a.title()).isNotBlank().doesNotContain("\n").isEqualTo(a.title().strip());
    }
    if (data.length > MAX_BYTES) {
      assertThat(sink.onlyRejection().problem()).contains("too large");
    }
  }
}
