package org.trame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;

class ReclusterTest {

  @TempDir Path data;

  @Test
  void everyArticleIsPlacedAgainWholeAndTheChangesAreKept() throws Exception {
    Path input = Files.createDirectories(data.resolve("in"));
    for (Path p : List.of(Fixtures.fixture("film"), Fixtures.fixture("ville"))) {
      try (var files = Files.list(p)) {
        for (Path f : files.toList()) {
          Files.copy(f, input.resolve(p.getFileName() + "-" + f.getFileName()));
        }
      }
    }
    Files.writeString(
        input.resolve("zz-copie.txt"),
        Files.readString(Fixtures.fixture("film/making-of.txt")).replace("La vidéo", "LA VIDÉO"));
    Path store = data.resolve("store");
    Map<String, String> storyBefore;
    try (Trame trame = Trame.open(store)) {
      trame.ingest(List.of(input), IngestListener.NONE);
      storyBefore = storiesByArticle(trame);
    }
    assertThat(storyBefore).hasSize(7);

    Recluster.Report report =
        Trame.recluster(store, Trame.Options.defaults(), Recluster.Progress.NONE);

    assertThat(report.articles()).isEqualTo(7);
    try (Trame trame = Trame.openReadOnly(store)) {
      Map<String, String> after = storiesByArticle(trame);
      assertThat(after.keySet()).isEqualTo(storyBefore.keySet());
      assertWhole(trame);
      StoredArticle copy = trame.article("zz-copie.txt").orElseThrow();
      StoredArticle original = trame.article(copy.duplicateOf()).orElseThrow();
      assertThat(copy.eventId()).isEqualTo(original.eventId());
      assertThat(after.get("film-saut-falaise.txt"))
          .isEqualTo(after.get("film-making-of.txt"))
          .isNotEqualTo(after.get("ville-budget-vote.txt"));
      assertThat(report.stories().after()).isEqualTo(trame.stories().size());
      assertThat(trame.lastRecluster()).contains(report);
    }
  }

  @Test
  void aSecondReclusterChangesNothing() throws Exception {
    Path store = data.resolve("store");
    try (Trame trame = Trame.open(store)) {
      trame.ingest(
          List.of(Fixtures.fixture("ville"), Fixtures.fixture("film")), IngestListener.NONE);
    }
    Trame.recluster(store, Trame.Options.defaults(), Recluster.Progress.NONE);
    Map<String, Set<String>> first;
    try (Trame trame = Trame.openReadOnly(store)) {
      first = partition(trame);
    }

    Recluster.Report again =
        Trame.recluster(store, Trame.Options.defaults(), Recluster.Progress.NONE);

    assertThat(again.merges()).isEmpty();
    assertThat(again.splits()).isEmpty();
    assertThat(again.stories().unchanged()).isEqualTo(again.stories().before());
    assertThat(again.events().moved()).isZero();
    try (Trame trame = Trame.openReadOnly(store)) {
      assertThat(partition(trame)).isEqualTo(first);
    }
  }

  private static Map<String, String> storiesByArticle(Trame trame) {
    Map<String, String> out = new HashMap<>();
    for (Story s : trame.stories()) {
      s.articleIds().forEach(id -> out.put(id, s.id()));
    }
    return out;
  }

  /** Each story's articles, keyed by the first of them: the grouping, whatever the ids. */
  private static Map<String, Set<String>> partition(Trame trame) {
    return trame.stories().stream()
        .collect(
            Collectors.toMap(
                s -> s.articleIds().stream().sorted().findFirst().orElseThrow(),
                s -> Set.copyOf(s.articleIds())));
  }

  /** Every article in its event and story; every event in its story; nothing dangling. */
  private static void assertWhole(Trame trame) {
    for (Story s : trame.stories()) {
      for (String eventId : s.eventIds()) {
        Event e = trame.event(eventId).orElseThrow();
        assertThat(e.storyId()).isEqualTo(s.id());
        assertThat(s.articleIds()).containsAll(e.articleIds());
      }
      for (String id : s.articleIds()) {
        StoredArticle a = trame.article(id).orElseThrow();
        assertThat(a.storyId()).isEqualTo(s.id());
        assertThat(trame.event(a.eventId()).orElseThrow().articleIds()).contains(id);
      }
    }
  }
}
