package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.trame.TestArticles;
import org.trame.Trame;
import org.trame.article.RawArticle;
import org.trame.story.Story;

/** Articles and checks shared by the tests of a disk that fails under the store. */
final class StoreFixtures {

  private StoreFixtures() {}

  /** Every story's articles stored and placed in it, each once. */
  static void assertWhole(Trame trame, long articles) {
    long placed = 0;
    for (Story story : trame.stories()) {
      var view = trame.story(story.id(), null).orElseThrow();
      assertThat(view.articles()).hasSameSizeAs(story.articleIds());
      placed += view.articles().size();
    }
    assertThat(placed).isEqualTo(articles);
  }

  /** Distinct articles (random words, no two alike) over a few subjects. */
  static List<RawArticle> articles(int from, int to) {
    String[] subjects = {"pont", "festival", "tempête", "vendanges"};
    String[] words = {
      "mairie", "travaux", "public", "vent", "raisin", "école", "route", "conseil", "habitants",
      "chantier", "scène", "rafales", "cave", "élèves", "voitures", "budget", "quartier", "musique",
      "arbres", "récolte", "parents", "circulation", "maire", "artistes", "pompiers", "chaleur"
    };
    List<RawArticle> list = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String s = subjects[i % subjects.length];
      java.util.Random random = new java.util.Random(i);
      StringBuilder text = new StringBuilder(s);
      for (int w = 0; w < 80; w++) {
        text.append(' ').append(words[random.nextInt(words.length)]);
        if (w % 12 == 11) {
          text.append('.');
        }
      }
      list.add(
          TestArticles.raw(
              "a-" + i,
              String.format(java.util.Locale.ROOT, "2022-03-%02d", 1 + i % 28),
              "Article " + i + " : " + s,
              text.append('.').toString()));
    }
    return list;
  }
}
