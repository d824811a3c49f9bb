package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trame.analysis.Analysis;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.Article;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

class DateEstimatorTest {

  private final DateEstimator estimator = new DateEstimator(0.15);

  private static Article undated(String text) {
    return new Article(
        "x", "src", null, "Un titre", null, text, text, null, "fr", true, Instant.EPOCH, "hash");
  }

  private static Analysis times(Article a) {
    return new Analysis(List.of(), new RuleTimeTagger().tag(a.fullText(), null));
  }

  private static Neighbour neighbour(String published, double similarity) {
    return new Neighbour(
        "n", "s-1", "e-1", published == null ? null : PublishedDate.parse(published), similarity);
  }

  @Test
  void aDateNamedAsThePresentDayIsTheDayOfWriting() {
    Article a = undated("L'acteur a publié ce lundi 19 décembre 2022 une vidéo des coulisses.");
    assertThat(estimator.estimate(a, times(a), List.of()))
        .contains(new PublishedDate(PublishedDate.parse("2022-12-19").date(), Precision.DAY, true));
  }

  @Test
  void aDateMerelyMentionedSaysNothingAboutWhenItWasWritten() {
    Article a = undated("Le film sortira le 12 juillet 2023 dans les salles.");
    assertThat(estimator.estimate(a, times(a), List.of())).isEmpty();
  }

  @Test
  void elseTheMostSimilarDatedArticleLendsItsMonth() {
    Article a = undated("Un texte sans date.");
    assertThat(
            estimator.estimate(
                a,
                times(a),
                List.of(
                    neighbour(null, 0.40),
                    neighbour("2022-12-19", 0.30),
                    neighbour("2020-10", 0.20))))
        .contains(new PublishedDate(PublishedDate.parse("2022-12").date(), Precision.MONTH, true));
  }

  @Test
  void aNeighbourTooDifferentOrItselfEstimatedLendsNothing() {
    Article a = undated("Un texte sans date.");
    assertThat(estimator.estimate(a, times(a), List.of(neighbour("2022-12-19", 0.10)))).isEmpty();
    Neighbour estimated =
        new Neighbour(
            "n",
            "s-1",
            "e-1",
            new PublishedDate(PublishedDate.parse("2022-12").date(), Precision.MONTH, true),
            0.5);
    assertThat(estimator.estimate(a, times(a), List.of(estimated))).isEmpty();
  }

  private static final PublishedDate DECEMBER_ESTIMATE =
      new PublishedDate(PublishedDate.parse("2022-12").date(), Precision.MONTH, true);

  private static Optional<PublishedDate> refined(String text) {
    Article a = undated(text).withPublished(DECEMBER_ESTIMATE);
    Analysis analysis =
        new Analysis(List.of(), new RuleTimeTagger().tag(a.fullText(), DECEMBER_ESTIMATE));
    return new DateEstimator(0.15).refine(a, analysis);
  }

  @Test
  void theWeekdayOfWritingAfterARecentPastDayNamesTheDay() {
    assertThat(
            refined(
                "Ce lundi matin, la chaîne a mis en ligne la vidéo, projetée en salle depuis le 15"
                    + " décembre dernier."))
        .contains(new PublishedDate(PublishedDate.parse("2022-12-19").date(), Precision.DAY, true));
  }

  @Test
  void theWeekdayAloneDoesNotSayWhichWeek() {
    assertThat(refined("Ce lundi matin, la chaîne a mis en ligne la vidéo.")).isEmpty();
  }

  @Test
  void aPastDayAloneDoesNotSayHowLongAfter() {
    assertThat(refined("La vidéo est projetée en salle depuis le 15 décembre dernier.")).isEmpty();
  }

  @Test
  void aFutureDayIsNoLowerBound() {
    assertThat(refined("Ce lundi, le studio a confirmé la sortie du 14 décembre prochain."))
        .isEmpty();
  }

  @Test
  void onlyAMonthEstimateIsRefined() {
    Article given = undated("Ce lundi, depuis le 15 décembre dernier.");
    Article dated = given.withPublished(PublishedDate.parse("2022-12"));
    assertThat(new DateEstimator(0.15).refine(dated, times(dated))).isEmpty();
  }
}
