package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.trame.analysis.EntityMention;
import org.trame.article.PublishedDate;

class ClusterProfileTest {

  private static ArticleSignals article(String date, String... names) {
    List<EntityMention> mentions =
        java.util.Arrays.stream(names).map(n -> new EntityMention(n, "PER", 0, 1, n)).toList();
    return ArticleSignals.of(
        TermWeights.of(new long[] {1, 2}, new float[] {0.6f, 0.8f}),
        mentions,
        date == null ? null : PublishedDate.parse(date));
  }

  @Test
  void countsArticlesEntitiesAndTheDateSpan() {
    ClusterProfile p =
        ClusterProfile.EMPTY
            .with(article("2022-12-19", "Tom Cruise", "Hayley Atwell"), "e-1")
            .with(article("2020-09", "Tom Cruise"), "e-2")
            .with(article(null, "tom  CRUISE"), "e-1");

    assertThat(p.size()).isEqualTo(3);
    assertThat(p.articlesNaming(ArticleSignals.entityKey("Tom Cruise"))).isEqualTo(3);
    assertThat(p.articlesNaming(ArticleSignals.entityKey("Hayley Atwell"))).isEqualTo(1);
    assertThat(p.articlesNaming(ArticleSignals.entityKey("Paramount"))).isZero();
    assertThat(p.dated()).isEqualTo(2);
    assertThat(p.firstDay()).isEqualTo(PublishedDate.parse("2020-09").date().toEpochDay());
    assertThat(p.lastDay()).isEqualTo(PublishedDate.parse("2022-12-19").date().toEpochDay());
    assertThat(p.recentEvents()).containsExactly("e-2", "e-1");
    assertThat(p.centroid().weights()[0]).isCloseTo(1.8f, within(1e-5f));
    assertThat(p.centroid().weights()[1]).isCloseTo(2.4f, within(1e-5f));
  }

  @Test
  void twoProfilesMergedAreTheProfileOfAllTheirArticles() {
    ClusterProfile a =
        ClusterProfile.EMPTY
            .with(article("2021-05-02", "Tom Cruise"), "e-1")
            .with(article("2021-05-03", "Tom Cruise", "Paramount"), "e-1");
    ClusterProfile b =
        ClusterProfile.EMPTY
            .with(article("2023-07-12", "Paramount"), "e-7")
            .with(article(null, "Christopher McQuarrie"), "e-8");

    ClusterProfile merged = a.merge(b);

    assertThat(merged.size()).isEqualTo(4);
    assertThat(merged.articlesNaming(ArticleSignals.entityKey("Tom Cruise"))).isEqualTo(2);
    assertThat(merged.articlesNaming(ArticleSignals.entityKey("Paramount"))).isEqualTo(2);
    assertThat(merged.articlesNaming(ArticleSignals.entityKey("Christopher McQuarrie")))
        .isEqualTo(1);
    assertThat(merged.dated()).isEqualTo(3);
    assertThat(merged.firstDay()).isEqualTo(PublishedDate.parse("2021-05-02").date().toEpochDay());
    assertThat(merged.lastDay()).isEqualTo(PublishedDate.parse("2023-07-12").date().toEpochDay());
    assertThat(merged.recentEvents()).containsExactly("e-1", "e-7", "e-8");
    assertThat(merged.centroid().weights()[0]).isCloseTo(2.4f, within(1e-5f));
    // all four articles have the same words: the merged cluster is as tight as one made whole
    ClusterProfile whole =
        a.with(article("2023-07-12", "Paramount"), "e-7")
            .with(article(null, "Christopher McQuarrie"), "e-8");
    assertThat(merged.cohesion()).isCloseTo(whole.cohesion(), within(1e-9));
    assertThat(a.merge(ClusterProfile.EMPTY)).isEqualTo(a);
    assertThat(ClusterProfile.EMPTY.merge(b)).isEqualTo(b);
  }

  @Test
  void accentsCaseAndPunctuationDoNotMakeAnotherEntity() {
    assertThat(ArticleSignals.entityKey("Ingrid Bétancourt"))
        .isEqualTo(ArticleSignals.entityKey("ingrid betancourt"))
        .isNotEqualTo(ArticleSignals.entityKey("Ingrid"));
    assertThat(ArticleSignals.entityKey("« »")).isZero();
  }

  @Test
  void staysBoundedWhateverTheNumberOfArticles() {
    ClusterProfile p = ClusterProfile.EMPTY;
    for (int i = 0; i < 500; i++) {
      long[] terms = LongStream.range(i * 10L, i * 10L + 10).toArray();
      float[] weights = new float[10];
      java.util.Arrays.fill(weights, 0.3f);
      List<EntityMention> names =
          List.of(
              new EntityMention("Nom" + i, "PER", 0, 1, "Nom" + i),
              new EntityMention("Paris", "LOC", 0, 1, "Paris"));
      p = p.with(ArticleSignals.of(TermWeights.of(terms, weights), names, null), "e-" + (i % 20));
    }

    assertThat(p.size()).isEqualTo(500);
    assertThat(p.centroid().size()).isEqualTo(ClusterProfile.TERMS);
    assertThat(p.entities()).hasSize(ClusterProfile.ENTITIES);
    assertThat(p.articlesNaming(ArticleSignals.entityKey("Paris"))).isEqualTo(500);
    assertThat(p.recentEvents()).hasSize(ClusterProfile.RECENT_EVENTS);
  }

  @Test
  void bytesRoundTrip() {
    ClusterProfile p =
        ClusterProfile.EMPTY
            .with(article("2022-12-19", "Tom Cruise"), "e-1")
            .with(article(null, "Christopher McQuarrie"), "e-3");

    assertThat(ClusterProfile.fromBytes(p.toBytes())).isEqualTo(p);
  }
}
