package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trame.article.RawArticle;
import org.trame.extract.DensityExtractor;

/**
 * Any bytes as a WARC file, read as {@link Inputs} reads one (from a file, so that reading resumes
 * after a corrupt record): pages or rejections, never an unchecked exception, at least one word for
 * the file, and each page within the page limit.
 */
class WarcArticleReaderFuzzTest {

  private static final long MAX_PAGE = 256_000;
  private static final Path FILE = FuzzChecks.scratch("crawl.warc");

  private final WarcArticleReader reader =
      new WarcArticleReader(new HtmlArticleReader(new DensityExtractor(), MAX_PAGE));

  @FuzzTest
  void anyBytes(byte[] data) throws IOException {
    Files.write(FILE, data);
    InputFile input = new InputFile(FILE, "crawl.warc", "crawls", data.length);
    RecordingSink sink = new RecordingSink();

    try (FileChannel channel = FileChannel.open(FILE)) {
      reader.read(input, channel, sink);
    }

    FuzzChecks.wellFormed(sink, input, 2 * MAX_PAGE);
    for (RawArticle a : sink.articles) {
      assertThat(a.origin()).contains(": record ");
    }
  }
}
