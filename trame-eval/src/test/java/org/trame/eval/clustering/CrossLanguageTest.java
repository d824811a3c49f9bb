package org.trame.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.eval.data.LabelledArticles;
import org.trame.eval.data.LabelledArticles.Labelled;
import org.trame.store.StoredArticle;

/**
 * Issue 5's cross-language bridge: the demo corpus's five English articles, read in publication
 * order among the French ones, each join a story that holds French articles of their gold story. No
 * multilingual model is at hand; names tie them ("Ariane 6"; "European Space Agency" is "Agence
 * spatiale européenne" and "French Guiana" is "Guyane" through {@code NameAliases}), with dates.
 * Before the aliases, the Ariane 6 launch report started a story of its own.
 */
class CrossLanguageTest {

  @TempDir Path data;

  @Test
  void englishArticlesJoinTheFrenchStoriesTheyTell() throws Exception {
    Path root = Path.of(System.getProperty("trame.root", "..")).toAbsolutePath();
    List<Labelled> articles =
        LabelledArticles.ordered(
            LabelledArticles.readFolder(root.resolve("demo/corpus")),
            LabelledArticles.Order.DATE,
            1);
    Map<String, String> gold = new HashMap<>();
    articles.forEach(l -> gold.put(l.article().id(), l.story()));
    Map<String, StoredArticle> stored = new HashMap<>();
    try (Trame trame = Trame.open(data)) {
      trame.ingest(articles.stream().map(Labelled::article).toList(), IngestListener.NONE);
      for (String id : gold.keySet()) {
        stored.put(id, trame.article(id).orElseThrow());
      }
    }
    List<StoredArticle> english =
        stored.values().stream().filter(a -> a.article().language().equals("en")).toList();
    assertThat(english).hasSize(5);
    for (StoredArticle a : english) {
      assertThat(stored.values())
          .as("a French article of %s's gold story (%s) in its story", a.id(), gold.get(a.id()))
          .anyMatch(other ->
              other.article().language().equals("fr")
                  && gold.get(other.id()).equals(gold.get(a.id()))
                  && other.storyId().equals(a.storyId()));
    }
  }
}
