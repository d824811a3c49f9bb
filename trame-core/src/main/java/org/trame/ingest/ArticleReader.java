package org.trame.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Turns one input file (already decompressed) into raw articles. */
public interface ArticleReader {

  /**
   * Reads {@code in} and hands every article to {@code sink}; problems with part of the input are
   * rejected through the sink, and reading goes on with the rest.
   *
   * @param input what is being read, and the id and source its articles take
   * @param in the content; the reader does not close it
   */
  void read(InputFile input, InputStream in, ArticleSink sink) throws IOException;
}
