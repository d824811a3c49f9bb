package org.trame.store.lucene;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.TestArticles;
import org.trame.WireTexts;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.dedup.CopyCandidate;
import org.trame.dedup.Duplicate;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.internal.Json;
import org.trame.store.StoredArticle;

class NearCopiesInStoreTest {

  @TempDir Path dir;

  private static final Article WIRE =
      TestArticles.article("wire/pont", "2024-02-06", WireTexts.TITLE, WireTexts.STORY);

  private static final String[] WORDS = {
    "le",
    "conseil",
    "a",
    "voté",
    "budget",
    "école",
    "piscine",
    "route",
    "maire",
    "ville",
    "région",
    "travaux",
    "habitants",
    "rivière",
    "gare",
    "train",
    "marché",
    "été",
    "hiver",
    "festival",
    "club",
    "match",
    "saison",
    "prix",
    "hausse",
    "baisse",
    "emploi",
    "usine",
    "projet",
    "quartier",
    "parc",
    "musée",
    "forêt",
    "incendie",
    "pompiers",
    "tempête",
    "neige"
  };

  /** Articles of random words: unrelated to each other and to the wire story. */
  private static List<Article> unrelated(int n) {
    Random random = new Random(42);
    return IntStream.range(0, n)
        .mapToObj(i -> {
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < 150; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          }
          return TestArticles.article("other/" + i, "2024-01-01", "Brève " + i, text.toString());
        })
        .toList();
  }

  private static StoredArticle copy(Article a, String of, double similarity) {
    return new StoredArticle(a, Analysis.EMPTY, of, "s-1", "e-1", null, similarity);
  }

  private static NearDuplicateFinder finder(LuceneStore store) {
    return new NearDuplicateFinder(store, NearDuplicateFinder.DEFAULT_THRESHOLD);
  }

  @Test
  void anEditedCopyIsFoundAmongManyOnceIndexedAndWhilePending() throws Exception {
    Article edited =
        TestArticles.article("site/pont", null, "Deux ans sans pont", WireTexts.EDITED);
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(WIRE, "s-1", "e-1"));
      // still pending: not yet visible to the searcher
      assertThat(finder(store).originalOf(edited)).map(Duplicate::originalId).contains("wire/pont");

      for (Article a : unrelated(300)) {
        store.add(TestArticles.stored(a, "s-2", "e-2"));
      }
      store.commit();

      List<CopyCandidate> candidates = store.copyCandidates(edited, 16);
      assertThat(candidates).extracting(CopyCandidate::articleId).containsExactly("wire/pont");
      assertThat(finder(store).originalOf(edited))
          .hasValueSatisfying(d -> {
            assertThat(d.originalId()).isEqualTo("wire/pont");
            assertThat(d.similarity()).isBetween(0.5, 0.99);
          });
    }
  }

  @Test
  void anUnrelatedArticleHasNoCandidate() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(WIRE, "s-1", "e-1"));
      store.commit();
      Article other =
          TestArticles.article("site/mediatheque", null, "La médiathèque rouvre", WireTexts.OTHER);

      assertThat(store.copyCandidates(other, 16)).isEmpty();
      assertThat(finder(store).originalOf(other)).isEmpty();
    }
  }

  @Test
  void aCopyOfACopyLinksToTheRootOriginal() throws Exception {
    Article edited =
        TestArticles.article("site/pont", null, "Deux ans sans pont", WireTexts.EDITED);
    // re-published from the regional site, with its closing line, and cut before the history
    Article recopy =
        TestArticles.article(
            "blog/pont",
            null,
            "Le pont ferme",
            WireTexts.EDITED.substring(0, WireTexts.EDITED.indexOf("Construit"))
                + "Retrouvez toute l'actualité de la vallée dans notre édition du jour.");
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(WIRE, "s-1", "e-1"));
      store.add(copy(edited, "wire/pont", 0.8));
      store.commit();

      assertThat(store.copyCandidates(recopy, 16))
          .extracting(CopyCandidate::originalId)
          .containsOnly("wire/pont");
      assertThat(finder(store).originalOf(recopy)).map(Duplicate::originalId).contains("wire/pont");
    }
  }

  @Test
  void copiesAreListedAndKeepTheirSimilarityAfterReopening() throws Exception {
    Article edited =
        TestArticles.article("site/pont", null, "Deux ans sans pont", WireTexts.EDITED);
    Article exact = TestArticles.article("radio/pont", null, "Pont fermé", WireTexts.STORY);
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(TestArticles.stored(WIRE, "s-1", "e-1"));
      store.add(copy(edited, "wire/pont", 0.74));
      store.commit();
      store.add(copy(exact, "wire/pont", 1.0));
      // one copy committed, one pending
      assertThat(store.copiesOf("wire/pont"))
          .extracting(StoredArticle::id)
          .containsExactly("site/pont", "radio/pont");
      store.commit();
    }
    try (LuceneStore store = LuceneStore.openForReading(dir)) {
      assertThat(store.copiesOf("wire/pont"))
          .extracting(StoredArticle::id, StoredArticle::duplicateSimilarity)
          .containsExactly(tuple("site/pont", 0.74), tuple("radio/pont", 1.0));
      assertThat(store.copiesOf("site/pont")).isEmpty();
      assertThat(store.article("wire/pont").orElseThrow().duplicateSimilarity()).isZero();
    }
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      Article third = TestArticles.article("tv/pont", null, "Le pont", WireTexts.EDITED);
      assertThat(finder(store).originalOf(third)).map(Duplicate::originalId).contains("wire/pont");
    }
  }

  @Test
  void anArticleStoredBeforeNearCopiesReadsAsAnExactCopyOrAnOriginal() {
    StoredArticle copy = copy(WIRE, "wire/first", 0.9);
    String json = new String(Json.write(copy), UTF_8);
    assertThat(json).contains("\"duplicateSimilarity\":0.9");
    String old = json.replace(",\"duplicateSimilarity\":0.9", "");
    assertThat(old).doesNotContain("duplicateSimilarity");

    StoredArticle read = Json.read(old.getBytes(UTF_8), StoredArticle.class);
    assertThat(read.duplicateOf()).isEqualTo("wire/first");
    assertThat(read.duplicateSimilarity()).isEqualTo(1.0);
    StoredArticle original =
        Json.read(
            old.replace("\"duplicateOf\":\"wire/first\"", "\"duplicateOf\":null").getBytes(UTF_8),
            StoredArticle.class);
    assertThat(original.duplicateSimilarity()).isZero();
    assertThat(Json.read(Json.write(copy), StoredArticle.class)).isEqualTo(copy);
  }
}
