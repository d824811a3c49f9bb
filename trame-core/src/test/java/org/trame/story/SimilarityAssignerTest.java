package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.article.PublishedDate;

class SimilarityAssignerTest {

  private final SimilarityAssigner assigner = new SimilarityAssigner(0.15, 0.28, 4, 1, id -> 1);

  private static Article article(String published) {
    return new Article(
        "new",
        "src",
        null,
        "Un titre",
        null,
        "Un texte.",
        "Un titre\nUn texte.",
        published == null ? null : PublishedDate.parse(published),
        "fr",
        true,
        Instant.parse("2024-01-01T00:00:00Z"),
        "hash");
  }

  private static Neighbour neighbour(
      String article, String story, String event, String published, double similarity) {
    return new Neighbour(
        article,
        story,
        event,
        published == null ? null : PublishedDate.parse(published),
        similarity);
  }

  private Assignment assign(String published, Neighbour... neighbours) {
    return assigner.assign(article(published), Analysis.EMPTY, List.of(neighbours));
  }

  @Test
  void noNeighbourStartsAStory() {
    Assignment a = assign("2023-06-10");

    assertThat(a.storyId()).isNull();
    assertThat(a.eventId()).isNull();
    assertThat(a.score()).isZero();
    assertThat(a.nearestArticle()).isNull();
    assertThat(a.runnerUpStory()).isNull();
  }

  @Test
  void aNeighbourBelowTheStoryThresholdStartsAStory() {
    Assignment a = assign("2023-06-10", neighbour("a1", "s1", "e1", "2023-06-10", 0.10));

    assertThat(a.storyId()).isNull();
    assertThat(a.eventId()).isNull();
    assertThat(a.score()).isEqualTo(0.10);
    assertThat(a.nearestArticle()).isEqualTo("a1");
  }

  @Test
  void aNeighbourAboveTheStoryButBelowTheEventThresholdJoinsTheStoryAsANewEvent() {
    Assignment a = assign("2023-06-10", neighbour("a1", "s1", "e1", "2023-06-10", 0.20));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.eventId()).isNull();
    assertThat(a.score()).isEqualTo(0.20);
    assertThat(a.nearestArticle()).isEqualTo("a1");
  }

  @Test
  void aCloseNeighbourPublishedDaysApartJoinsItsEvent() {
    Assignment a = assign("2023-06-12", neighbour("a1", "s1", "e1", "2023-06-10", 0.40));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.eventId()).isEqualTo("e1");
    assertThat(a.score()).isEqualTo(0.40);
  }

  @Test
  void aCloseNeighbourPublishedAMonthApartStartsAnEventInTheSameStory() {
    Assignment a = assign("2023-07-10", neighbour("a1", "s1", "e1", "2023-06-10", 0.40));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.eventId()).isNull();
  }

  @Test
  void theEventWindowIsInclusive() {
    assertThat(assign("2023-06-14", neighbour("a1", "s1", "e1", "2023-06-10", 0.40)).eventId())
        .isEqualTo("e1");
    assertThat(assign("2023-06-15", neighbour("a1", "s1", "e1", "2023-06-10", 0.40)).eventId())
        .isNull();
  }

  @Test
  void aMonthDateOverlappingTheNeighboursDayIsClose() {
    Assignment a = assign("2023-06", neighbour("a1", "s1", "e1", "2023-06-25", 0.40));

    assertThat(a.eventId()).isEqualTo("e1");
  }

  @Test
  void theEventIsTakenFromALessSimilarButCloserArticleOfTheSameStory() {
    Assignment a =
        assign(
            "2023-06-12",
            neighbour("old", "s1", "e-old", "2023-01-05", 0.60),
            neighbour("other", "s2", "e-other", "2023-06-12", 0.35),
            neighbour("recent", "s1", "e-recent", "2023-06-11", 0.30));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.eventId()).isEqualTo("e-recent");
    assertThat(a.score()).isEqualTo(0.60);
    assertThat(a.nearestArticle()).isEqualTo("old");
  }

  @Test
  void theRunnerUpStoryIsReported() {
    Assignment a =
        assign(
            "2023-06-12",
            neighbour("a1", "s1", "e1", "2023-06-12", 0.50),
            neighbour("a2", "s1", "e1", "2023-06-12", 0.45),
            neighbour("b1", "s2", "e2", "2023-06-12", 0.22),
            neighbour("c1", "s3", "e3", "2023-06-12", 0.18));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.runnerUpStory()).isEqualTo("s2");
    assertThat(a.runnerUpScore()).isEqualTo(0.22);
  }

  @Test
  void aSingleStoryHasNoRunnerUp() {
    Assignment a = assign("2023-06-12", neighbour("a1", "s1", "e1", "2023-06-12", 0.50));

    assertThat(a.runnerUpStory()).isNull();
    assertThat(a.runnerUpScore()).isZero();
  }

  @Test
  void anUndatedArticleMayJoinAnEvent() {
    Assignment a = assign(null, neighbour("a1", "s1", "e1", "2023-06-10", 0.40));

    assertThat(a.storyId()).isEqualTo("s1");
    assertThat(a.eventId()).isEqualTo("e1");
  }

  @Test
  void anUndatedNeighbourMayBeJoined() {
    Assignment a = assign("2023-06-10", neighbour("a1", "s1", "e1", null, 0.40));

    assertThat(a.eventId()).isEqualTo("e1");
  }

  @Test
  void theStandardThresholdsAreTheMeasuredOnes() {
    SimilarityAssigner standard = SimilarityAssigner.standard(id -> 1);
    Article article = article("2023-06-10");

    assertThat(
            standard
                .assign(article, Analysis.EMPTY, List.of(neighbour("a", "s", "e", null, 0.149)))
                .storyId())
        .isNull();
    assertThat(
            standard
                .assign(article, Analysis.EMPTY, List.of(neighbour("a", "s", "e", null, 0.15)))
                .storyId())
        .isEqualTo("s");
  }

  @Test
  void oneLookAlikeIsNotEnoughToJoinALargeStory() {
    // story "big" has 9 articles (√9 = 3), "small" has 1; support 3
    SimilarityAssigner supported =
        new SimilarityAssigner(0.15, 0.28, 4, 3, id -> id.equals("big") ? 9 : 1);
    Article a = article("2023-06-10");

    // one article of the big story at 0.40: mean over 3 is 0.133, under the threshold
    Assignment alone =
        supported.assign(
            a, Analysis.EMPTY, List.of(neighbour("b1", "big", "e1", "2023-06-09", 0.40)));
    assertThat(alone.storyId()).isNull();
    assertThat(alone.score()).isCloseTo(0.40 / 3, within(1e-9));

    // three of them at 0.40, 0.30, 0.20: mean 0.30, it joins
    Assignment backed =
        supported.assign(
            a,
            Analysis.EMPTY,
            List.of(
                neighbour("b1", "big", "e1", "2023-06-09", 0.40),
                neighbour("b2", "big", "e1", "2023-06-09", 0.30),
                neighbour("b3", "big", "e2", "2023-01-09", 0.20)));
    assertThat(backed.storyId()).isEqualTo("big");
    assertThat(backed.score()).isCloseTo(0.30, within(1e-9));

    // a one-article story needs only its one article
    Assignment small =
        supported.assign(a, Analysis.EMPTY, List.of(neighbour("s1", "small", "e9", null, 0.20)));
    assertThat(small.storyId()).isEqualTo("small");
  }

  @Test
  void theLargerTheStoryTheMoreOfItMustResembleTheNewcomer() {
    // 100 articles: the mean is taken over the best 10 (√100), not 3
    SimilarityAssigner supported = new SimilarityAssigner(0.15, 0.28, 4, 3, id -> 100);
    List<Neighbour> three =
        List.of(
            neighbour("b1", "big", "e1", "2023-06-09", 0.40),
            neighbour("b2", "big", "e1", "2023-06-09", 0.40),
            neighbour("b3", "big", "e1", "2023-06-09", 0.40));
    Assignment a = supported.assign(article("2023-06-10"), Analysis.EMPTY, three);
    assertThat(a.storyId()).isNull();
    assertThat(a.score()).isCloseTo(1.2 / 10, within(1e-9));
  }
}
