package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.TestArticles;
import org.trame.Trame;

class IndexSwapTest {

  @TempDir Path dir;

  @Test
  void aReplacementInterruptedBeforeTheOldIndexMovedIsFinishedOnOpen() throws Exception {
    Path data = storeWith(dir.resolve("data"), "ancien");
    Path scratch = storeWith(dir.resolve("scratch"), "nouveau");
    // the crash: the new index is ready, the old one still in place
    Files.move(scratch.resolve(IndexSwap.INDEX), data.resolve(IndexSwap.READY));

    assertHoldsOnly(data, "nouveau", "ancien");
  }

  @Test
  void aReplacementInterruptedBetweenItsTwoMovesIsFinishedOnOpen() throws Exception {
    Path data = storeWith(dir.resolve("data"), "ancien");
    Path scratch = storeWith(dir.resolve("scratch"), "nouveau");
    Files.move(scratch.resolve(IndexSwap.INDEX), data.resolve(IndexSwap.READY));
    // the crash: the old index retired, the new one not yet in its place
    Files.move(
        data.resolve(IndexSwap.INDEX),
        data.resolve(IndexSwap.RETIRED),
        StandardCopyOption.ATOMIC_MOVE);

    assertHoldsOnly(data, "nouveau", "ancien");
    assertThat(data.resolve(IndexSwap.RETIRED)).doesNotExist();
  }

  @Test
  void replaceSwapsTheIndexAndRemovesTheScratchStore() throws Exception {
    Path data = storeWith(dir.resolve("data"), "ancien");
    Path scratch = storeWith(dir.resolve("scratch"), "nouveau");

    IndexSwap.replace(data, scratch);

    assertThat(scratch).doesNotExist();
    assertHoldsOnly(data, "nouveau", "ancien");
  }

  private static Path storeWith(Path data, String id) throws Exception {
    try (Trame trame = Trame.open(data)) {
      trame.ingest(
          List.of(TestArticles.raw(id, "2024-03-01", "Titre " + id, "Le texte de " + id + ".")),
          IngestListener.NONE);
    }
    return data;
  }

  private static void assertHoldsOnly(Path data, String present, String absent) throws Exception {
    try (Trame trame = Trame.open(data)) {
      assertThat(trame.article(present)).isPresent();
      assertThat(trame.article(absent)).isEmpty();
    }
    assertThat(data.resolve(IndexSwap.READY)).doesNotExist();
  }
}
