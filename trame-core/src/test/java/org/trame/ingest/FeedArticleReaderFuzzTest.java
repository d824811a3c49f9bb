package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Any bytes as an RSS or Atom feed: items or rejections, never an unchecked exception (Rome's and
 * JDOM's included), one word at least for the feed, and no item beyond the item limit.
 */
class FeedArticleReaderFuzzTest {

  private static final int MAX_ITEM = 16_000;

  private final FeedArticleReader reader = new FeedArticleReader(MAX_ITEM);

  @FuzzTest
  void anyBytes(byte[] data) throws IOException {
    InputFile input = new InputFile(Path.of("feeds", "a.xml"), "a.xml", "feeds", data.length);
    RecordingSink sink = new RecordingSink();

    reader.read(input, new ByteArrayInputStream(data), sink);

    // HTML in an item is turned to text, which holds no more characters than its markup
    FuzzChecks.wellFormed(sink, input, MAX_ITEM);
    long items = (long) sink.articles.size() + sink.rejections.size();
    assertThat(items).isLessThanOrEqualTo(data.length / 6 + 1);
  }
}
