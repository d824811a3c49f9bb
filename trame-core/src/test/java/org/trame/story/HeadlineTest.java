package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trame.article.Article;
import org.trame.article.PublishedDate;

class HeadlineTest {

  private static final String LEAD =
      "Le vol inaugural de la fusée n'aura pas lieu avant le printemps. L'agence a acté ce report"
          + " à l'issue de la réunion de son conseil, qui s'est tenue cette semaine à Paris.";

  private static Article article(String title, String date) {
    return new Article(
        "a",
        "s",
        null,
        title,
        null,
        "texte",
        "texte",
        date == null ? null : PublishedDate.parse(date),
        "fr",
        true,
        Instant.EPOCH,
        "h");
  }

  @Test
  void aShortHeadlineIsKeptAsItIs() {
    assertThat(Headline.readable("  Ariane 6 :   le premier vol repoussé "))
        .isEqualTo("Ariane 6 : le premier vol repoussé");
  }

  @Test
  void aLeadIsCutToItsFirstSentence() {
    assertThat(Headline.readable(LEAD))
        .isEqualTo("Le vol inaugural de la fusée n'aura pas lieu avant le printemps.");
  }

  @Test
  void aLongSentenceIsCutAtAWordWithAnEllipsis() {
    String sentence = "Un ".repeat(60) + "mot";
    String readable = Headline.readable(sentence);
    assertThat(readable).endsWith("…").hasSizeLessThanOrEqualTo(Headline.MAX_LENGTH);
    assertThat(readable.substring(0, readable.length() - 1)).endsWith("Un");
  }

  @Test
  void anAbbreviationEndsNoSentence() {
    String title = "M. Dupont annonce la fin du chantier de la ligne. " + "Les travaux ".repeat(10);
    assertThat(Headline.readable(title))
        .isEqualTo("M. Dupont annonce la fin du chantier de la ligne.");
  }

  @Test
  void theEarliestDatedArticleNamesTheClusterInWhateverOrderTheyCome() {
    String first = Headline.choose("", null, article("Le tournage reprend", "2021-03-01"));
    String earlier =
        Headline.choose(
            first,
            PublishedDate.parse("2021-03-01"),
            article("Le tournage s'arrête", "2020-02-25"));
    String undated =
        Headline.choose(earlier, PublishedDate.parse("2020-02-25"), article("Sans date", null));
    String lead =
        Headline.choose(undated, PublishedDate.parse("2020-02-25"), article(LEAD, "2020-01"));
    assertThat(earlier).isEqualTo("Le tournage s'arrête");
    assertThat(undated).isEqualTo("Le tournage s'arrête");
    assertThat(lead).isEqualTo("Le vol inaugural de la fusée n'aura pas lieu avant le printemps.");
  }
}
