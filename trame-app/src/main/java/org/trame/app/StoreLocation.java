package org.trame.app;

import java.nio.file.Path;
import java.time.Clock;
import org.trame.Trame;
import org.trame.store.Store;
import org.trame.store.lucene.LuceneStore;
import org.trame.store.opensearch.OpenSearchAddress;
import org.trame.store.opensearch.OpenSearchStore;

/**
 * Where a command's store is: a data directory (the embedded store, the default) or an OpenSearch
 * cluster ({@code --store opensearch://…}). Everything above the store is the same for both.
 */
public sealed interface StoreLocation {

  /** Opens the store for ingesting and reading. */
  Trame openForWriting(Trame.Options options);

  /** Opens the store for reading only. */
  Trame openForReading();

  /**
   * Opens the store for ingesting beside other writer processes, taking turns (OpenSearch only).
   *
   * @throws IllegalArgumentException for a store that has one writer at a time
   */
  Trame openForWritingInTurns(Trame.Options options);

  default Trame openForWriting() {
    return openForWriting(Trame.Options.defaults());
  }

  /** The store itself, for writing, without the pipeline over it (an import). */
  Store openStoreForWriting();

  /** The store itself, for reading only (an export). */
  Store openStoreForReading();

  /** The embedded store in a data directory. */
  record Directory(Path dir) implements StoreLocation {
    @Override
    public Trame openForWriting(Trame.Options options) {
      return Trame.open(dir, options);
    }

    @Override
    public Trame openForReading() {
      return Trame.openReadOnly(dir);
    }

    @Override
    public Trame openForWritingInTurns(Trame.Options options) {
      throw new IllegalArgumentException(
          "the embedded store in "
              + dir
              + " has one writer at a time; writers share an OpenSearch store"
              + " (--store opensearch://…)");
    }

    @Override
    public Store openStoreForWriting() {
      return LuceneStore.openForWriting(dir);
    }

    @Override
    public Store openStoreForReading() {
      return LuceneStore.openForReading(dir);
    }

    @Override
    public String toString() {
      return dir.toString();
    }
  }

  /** A store in an OpenSearch cluster. */
  record OpenSearch(OpenSearchAddress address) implements StoreLocation {
    @Override
    public Trame openForWriting(Trame.Options options) {
      return Trame.over(OpenSearchStore.openForWriting(address), Clock.systemUTC(), options);
    }

    /**
     * Opens the store for writing, refusing one that holds articles already: a benchmark or an
     * evaluation measures a fresh store.
     *
     * @throws org.trame.store.StoreException when it holds articles
     */
    public Trame openEmptyForWriting(Trame.Options options) {
      Trame trame = openForWriting(options);
      long held = trame.status().articles();
      if (held > 0) {
        try {
          trame.close();
        } catch (java.io.IOException e) {
          // refused anyway
        }
        throw new org.trame.store.StoreException(
            "the store at " + address + " is not empty (" + held + " articles): give a new prefix");
      }
      return trame;
    }

    @Override
    public Trame openForWritingInTurns(Trame.Options options) {
      return Trame.over(OpenSearchStore.openForWritingInTurns(address), Clock.systemUTC(), options);
    }

    @Override
    public Trame openForReading() {
      return Trame.over(
          OpenSearchStore.openForReading(address), Clock.systemUTC(), Trame.Options.defaults());
    }

    @Override
    public Store openStoreForWriting() {
      return OpenSearchStore.openForWriting(address);
    }

    @Override
    public Store openStoreForReading() {
      return OpenSearchStore.openForReading(address);
    }

    @Override
    public String toString() {
      return address.toString();
    }
  }

  static StoreLocation of(Path dir) {
    return new Directory(dir);
  }
}
