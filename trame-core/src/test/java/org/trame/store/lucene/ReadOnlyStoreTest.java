package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.RawArticle;
import org.trame.store.StoreException;

/**
 * A store on a file system that is, or turns, read-only: a clear error naming the store, every
 * reading command still served, the last commit whole, and the same ingest completing once the
 * store is writable again. The file system is a directory that refuses every write with EROFS, as a
 * read-only mount does (tests run as root, so permissions cannot stand in for it).
 */
class ReadOnlyStoreTest {

  @TempDir Path dir;

  @Test
  void aReadOnlyStoreRefusesAnIngestClearlyAndIsStillRead() throws Exception {
    try (Trame trame = Trame.open(dir)) {
      trame.ingest(StoreFixtures.articles(0, 30), IngestListener.NONE);
    }
    AtomicBoolean readOnly = new AtomicBoolean(true);

    assertThatThrownBy(() -> LuceneStore.openForWriting(dir, index -> new Mount(index, readOnly)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("Read-only file system")
        .hasMessageContaining("it can still be read");

    // reading never writes: every write of the mount would throw
    LuceneStore store = LuceneStore.openForReading(dir, index -> new Mount(index, readOnly));
    try (Trame reader = Trame.over(store, Clock.systemUTC())) {
      assertThat(reader.status().articles()).isEqualTo(30);
      StoreFixtures.assertWhole(reader, 30);
      assertThat(reader.article("a-7")).isPresent();
    }
  }

  @Test
  void aStoreTurnedReadOnlyMidIngestKeepsItsLastCommitAndTheIngestResumes() throws Exception {
    List<RawArticle> first = StoreFixtures.articles(0, 30);
    List<RawArticle> second = StoreFixtures.articles(30, 200);
    try (Trame trame = Trame.open(dir)) {
      trame.ingest(first, IngestListener.NONE);
    }

    AtomicBoolean readOnly = new AtomicBoolean(false);
    LuceneStore mounted = LuceneStore.openForWriting(dir, index -> new Mount(index, readOnly));
    Trame trame =
        Trame.over(mounted, Clock.systemUTC(), Trame.Options.defaults().withCommitEvery(50));
    // the file system is remounted read-only once the ingest has acknowledged its first batch
    IngestListener remount =
        new IngestListener() {
          @Override
          public void committed(long storedSoFar, String lastStoredId) {
            readOnly.set(true);
          }
        };
    assertThatThrownBy(() -> trame.ingest(second, remount))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("Read-only file system");
    try {
      trame.close(); // drops what was not committed, as a crash would
    } catch (StoreException e) {
      assertThat(e).hasMessageContaining(dir.toString()); // a rollback may not write either
    }

    long kept;
    try (Trame reader = Trame.openReadOnly(dir)) {
      kept = reader.status().articles();
      assertThat(kept).as("the acknowledged batch is kept").isGreaterThanOrEqualTo(30 + 50);
      assertThat(kept).isLessThan(200);
      StoreFixtures.assertWhole(reader, kept);
    }

    // writable again: the same input goes in, what was kept is recognised
    try (Trame again = Trame.open(dir)) {
      IngestReport report = again.ingest(second, IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      assertThat(report.unchanged()).isEqualTo(kept - first.size());
      assertThat(report.stored()).isEqualTo(200 - kept);
    }
    try (Trame reader = Trame.openReadOnly(dir)) {
      assertThat(reader.status().articles()).isEqualTo(200);
      StoreFixtures.assertWhole(reader, 200);
    }
  }

  /** The index folder on a mount that refuses every write while {@code readOnly} is set. */
  private static final class Mount extends FilterDirectory {
    private final AtomicBoolean readOnly;

    Mount(Path index, AtomicBoolean readOnly) throws IOException {
      super(FSDirectory.open(index));
      this.readOnly = readOnly;
    }

    private void refuse(String name) throws IOException {
      if (readOnly.get()) {
        throw new FileSystemException(name, null, "Read-only file system");
      }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      refuse(name);
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      refuse(prefix + suffix);
      return super.createTempOutput(prefix, suffix, context);
    }

    @Override
    public void deleteFile(String name) throws IOException {
      refuse(name);
      super.deleteFile(name);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
      refuse(dest);
      super.rename(source, dest);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
      refuse(String.join(",", names));
      super.sync(names);
    }

    @Override
    public void syncMetaData() throws IOException {
      refuse(".");
      super.syncMetaData();
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
      refuse(name);
      return super.obtainLock(name);
    }
  }
}
