package org.trame.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

class PlacingQueueTest {

  private static RawArticle article(String id, String date) {
    return new RawArticle(
        id,
        "test",
        null,
        id,
        null,
        "text of " + id,
        date == null ? null : PublishedDate.parse(date),
        "fr",
        id);
  }

  private static List<String> drain(PlacingQueue queue) {
    List<String> ids = new ArrayList<>();
    while (!queue.isEmpty()) {
      ids.add(queue.poll().article().id());
    }
    return ids;
  }

  @Test
  void earliestPublishedFirstTiesAndTheUndatedInTheOrderRead() {
    PlacingQueue queue = new PlacingQueue(100);
    queue.add(article("c", "2023-05-02"));
    queue.add(article("a", "2020-01"));
    queue.add(article("undated", null));
    queue.add(article("b", "2021-06-01"));
    queue.add(article("a2", "2020-01-01"));
    assertThat(queue.size()).isEqualTo(5);
    // "a" (January 2020) counts from its first day; the undated one stays behind "a"
    assertThat(drain(queue)).containsExactly("a", "undated", "a2", "b", "c");
    assertThat(queue.chars()).isZero();
    assertThat(queue.poll()).isNull();
  }

  @Test
  void aSecondArticleWithTheSameIdComesAfterTheFirst() {
    PlacingQueue queue = new PlacingQueue(100);
    queue.add(article("x", "2022-03-01"));
    queue.add(article("y", "2021-12-01"));
    queue.add(article("x", "2020-01-01"));
    assertThat(drain(queue)).containsExactly("y", "x", "x");
  }

  @Test
  void noArticleWaitsOnceTheBoundOfArticlesHasBeenReadAfterIt() {
    PlacingQueue queue = new PlacingQueue(3);
    queue.add(article("typo-2099", "2099-01-01"));
    for (int i = 0; i < 5; i++) {
      queue.add(article("n" + i, "2020-01-0" + (i + 1)));
    }
    // five read after it: it goes first
    assertThat(queue.poll().article().id()).isEqualTo("typo-2099");
    assertThat(drain(queue)).containsExactly("n0", "n1", "n2", "n3", "n4");
  }

  @Test
  void anArticleHandedOutLeavesNoneWaitingFromBeforeItsRankLessTheBound() {
    int bound = 4;
    PlacingQueue queue = new PlacingQueue(bound);
    java.util.Random random = new java.util.Random(7);
    List<Long> handedOut = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      queue.add(article("a" + i, "2020-01-" + String.format("%02d", 1 + random.nextInt(28))));
      if (queue.size() > 6) {
        handedOut.add(queue.poll().arrival());
      }
    }
    while (!queue.isEmpty()) {
      handedOut.add(queue.poll().arrival());
    }
    assertThat(handedOut).hasSize(500).doesNotHaveDuplicates();
    for (int i = 0; i < handedOut.size(); i++) {
      long rank = handedOut.get(i);
      List<Long> before = handedOut.subList(0, i);
      for (long r = 0; r < rank - bound; r++) {
        assertThat(before).as("rank %d handed out before rank %d", rank, r).contains(r);
      }
    }
    // and the dates did reorder them
    assertThat(handedOut).isNotEqualTo(handedOut.stream().sorted().toList());
  }
}
