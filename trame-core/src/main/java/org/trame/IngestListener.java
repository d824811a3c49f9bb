package org.trame;

/** Follows an ingest as it goes; every method has a no-op default. */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /** Bytes of input read so far, out of the total to read (0 when unknown). */
  default void progress(long bytesDone, long bytesTotal, long articlesStored) {}

  /** An input, or part of one, was not stored. */
  default void rejected(IngestReport.Rejection rejection) {}

  /**
   * A commit made the articles stored so far durable: {@code storedSoFar} new articles in this
   * ingest. {@code lastStoredId} is the last article stored of the input's longest prefix placed
   * whole: every article read before it is durable too (or was refused, or was already stored).
   * Articles are placed earliest published first within a window, so some read after it may be
   * stored already. Null when that prefix stored none. Called only when the commit stored
   * something.
   */
  default void committed(long storedSoFar, String lastStoredId) {}
}
