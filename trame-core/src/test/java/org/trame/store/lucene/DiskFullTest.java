package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.RawArticle;
import org.trame.store.StoreException;

/**
 * A disk that fills during an ingest: a clear error naming the store, the last commit intact, and
 * the same ingest completing once there is room again. The disk is a directory that refuses writes
 * past a budget, as the file system does with ENOSPC (tests run as root, so permissions cannot
 * stand in for a full or read-only disk).
 */
class DiskFullTest {

  @TempDir Path dir;

  @Test
  void aFullDiskStopsTheIngestCleanlyAndItResumesOnceThereIsRoom() throws Exception {
    List<RawArticle> first = StoreFixtures.articles(0, 30);
    List<RawArticle> second = StoreFixtures.articles(30, 200);
    try (Trame trame = Trame.open(dir)) {
      trame.ingest(first, IngestListener.NONE);
    }

    AtomicLong room = new AtomicLong(40_000);
    LuceneStore filling = LuceneStore.openForWriting(dir, index -> new Filling(index, room));
    Trame.Options batches = Trame.Options.defaults().withCommitEvery(50);
    Trame trame = Trame.over(filling, Clock.systemUTC(), batches);
    assertThatThrownBy(() -> trame.ingest(second, IngestListener.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("No space left on device");
    trame.close(); // drops what was not committed, as a crash would

    long kept;
    try (Trame reader = Trame.openReadOnly(dir)) {
      kept = reader.status().articles();
      assertThat(kept).isGreaterThanOrEqualTo(first.size()).isLessThan(200);
      StoreFixtures.assertWhole(reader, kept);
    }

    // room again: the same input goes in, what was kept is recognised
    try (Trame again = Trame.open(dir)) {
      IngestReport report = again.ingest(second, IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      assertThat(report.unchanged()).isEqualTo(kept - first.size());
      assertThat(report.stored()).as("%s, kept %d", report, kept).isEqualTo(200 - kept);
    }
    try (Trame reader = Trame.openReadOnly(dir)) {
      assertThat(reader.status().articles()).isEqualTo(200);
      StoreFixtures.assertWhole(reader, 200);
    }
  }

  /** A file system directory whose disk holds only {@code room} more bytes. */
  private static final class Filling extends FilterDirectory {
    private final AtomicLong room;

    Filling(Path index, AtomicLong room) throws IOException {
      super(FSDirectory.open(index));
      this.room = room;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Metered(super.createOutput(name, context), room);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return new Metered(super.createTempOutput(prefix, suffix, context), room);
    }
  }

  private static final class Metered extends IndexOutput {
    private final IndexOutput out;
    private final AtomicLong room;

    Metered(IndexOutput out, AtomicLong room) {
      super("metered " + out, out.getName());
      this.out = out;
      this.room = room;
    }

    private void take(long bytes) throws IOException {
      if (room.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
