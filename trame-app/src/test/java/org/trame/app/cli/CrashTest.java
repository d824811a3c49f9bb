package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;

/**
 * An ingest killed with SIGKILL in the middle leaves a store that opens, holds only whole batches
 * (every article in its event and story, every story's articles stored), and takes the same input
 * again to completion without storing anything twice.
 */
class CrashTest {

  private static final int ARTICLES = 2500;

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesAConsistentStoreThatResumes() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    writeArticles(input);
    Path data = dir.resolve("store");

    Process ingest =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.trame.app.Main",
                "ingest",
                "--data",
                data.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("ingest.log").toFile())
            .start();
    // kill it once the first batch is committed, with more to come
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long committed = 0;
    while (ingest.isAlive() && System.nanoTime() < deadline) {
      committed = committedArticles(data);
      if (committed > 0) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(ingest.isAlive())
        .as("the ingest should still be running after its first commit")
        .isTrue();
    ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no close
    assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();

    long survived;
    try (Trame trame = Trame.openReadOnly(data)) {
      survived = trame.status().articles();
      assertThat(survived).isGreaterThanOrEqualTo(committed).isLessThan(ARTICLES);
      assertConsistent(trame, survived);
    }

    // the same input again: what survived is recognised, the rest is stored, nothing twice
    try (Trame trame = Trame.open(data)) {
      IngestReport again = trame.ingest(List.of(input), IngestListener.NONE);
      assertThat(again.rejected()).isEmpty();
      assertThat(again.unchanged()).isEqualTo(survived);
      assertThat(again.stored()).isEqualTo(ARTICLES - survived);
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      assertThat(trame.status().articles()).isEqualTo(ARTICLES);
      assertConsistent(trame, ARTICLES);
    }
  }

  /** Every story's articles are stored and placed in it; their number is the store's count. */
  private static void assertConsistent(Trame trame, long articles) {
    Set<String> seen = new HashSet<>();
    for (Story story : trame.stories()) {
      var view = trame.story(story.id(), null).orElseThrow();
      assertThat(view.articles()).hasSameSizeAs(story.articleIds());
      for (StoredArticle a : view.articles()) {
        assertThat(a.storyId()).isEqualTo(story.id());
        assertThat(seen.add(a.id())).as("article %s in two stories", a.id()).isTrue();
        Event event = trame.event(a.eventId()).orElseThrow();
        assertThat(event.articleIds()).contains(a.id());
        assertThat(event.storyId()).isEqualTo(story.id());
      }
    }
    assertThat((long) seen.size()).isEqualTo(articles);
  }

  private static long committedArticles(Path data) {
    if (!Files.isDirectory(data.resolve("index"))) {
      return 0;
    }
    try (Trame trame = Trame.openReadOnly(data)) {
      return trame.status().articles();
    } catch (RuntimeException | IOException e) {
      return 0; // the index is being created
    }
  }

  /** Synthetic articles over a few subjects, so that stories form and grow. */
  private static void writeArticles(Path file) throws IOException {
    String[][] subjects = {
      {"pont", "travaux", "circulation", "tablier", "mairie", "voitures", "chantier"},
      {"festival", "concert", "musique", "scène", "public", "artistes", "billets"},
      {"récolte", "vignes", "vendanges", "raisin", "chaleur", "vignerons", "cave"},
      {"école", "rentrée", "enseignants", "élèves", "classes", "cantine", "parents"},
      {"tempête", "vent", "rafales", "arbres", "électricité", "pompiers", "côte"}
    };
    Random random = new Random(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String[] words = subjects[i % subjects.length];
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      lines.add(
          String.format(
              "{\"id\":\"a-%04d\",\"title\":\"Article %d sur %s\",\"text\":\"%s\",\"date\":\"2022-%02d-%02d\"}",
              i, i, words[0], text.toString().strip(), 1 + (i / 250) % 12, 1 + i % 28));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
