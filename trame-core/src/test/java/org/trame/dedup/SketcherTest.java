package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trame.WireTexts;

class SketcherTest {

  private final Sketcher sketcher = Sketcher.standard();

  @Test
  void anEditedCopyUnderANewHeadlineIsAboveTheThresholdAndSharesABand() {
    Sketch story = sketcher.sketch(WireTexts.TITLE, WireTexts.STORY);
    Sketch copy = sketcher.sketch("Deux ans sans pont dans la vallée", WireTexts.EDITED);

    assertThat(copy.similarity(story)).isGreaterThan(NearDuplicateFinder.DEFAULT_THRESHOLD);
    assertThat(copy.sharesBandWith(story)).isTrue();
  }

  @Test
  void anotherStoryOfTheSameRegionIsFarBelowAndSharesNoBand() {
    Sketch story = sketcher.sketch(WireTexts.TITLE, WireTexts.STORY);
    Sketch other = sketcher.sketch("La médiathèque rouvre", WireTexts.OTHER);

    assertThat(other.similarity(story)).isLessThan(0.1);
    assertThat(other.sharesBandWith(story)).isFalse();
  }

  @Test
  void aLongBodyIsComparedWithoutItsHeadlineAndBlindToCaseAndAccents() {
    Sketch story = sketcher.sketch(WireTexts.TITLE, WireTexts.STORY);
    Sketch shouted =
        sketcher.sketch("TOUT SUR LE PONT", WireTexts.STORY.toUpperCase(java.util.Locale.ROOT));

    assertThat(shouted.similarity(story)).isEqualTo(1.0);
  }

  @Test
  void theSameTextAlwaysGivesTheSameSketchEvenFromAnotherSketcher() {
    Sketch once = sketcher.sketch(WireTexts.TITLE, WireTexts.STORY);
    Sketch again = Sketcher.standard().sketch(WireTexts.TITLE, WireTexts.STORY);

    assertThat(again.signature()).isEqualTo(once.signature());
    assertThat(again.bandKeys()).isEqualTo(once.bandKeys());
  }

  @Test
  void aTextWithoutWordsHasNoSketch() {
    assertThat(sketcher.sketch("", " … — !")).isNull();
  }

  @Test
  void aShortArticleIsComparedWithItsTitle() {
    Sketch a = sketcher.sketch("Grève des bus lundi", "Aucun bus ne roulera lundi.");
    Sketch b = sketcher.sketch("Les trains roulent lundi", "Aucun bus ne roulera lundi.");

    assertThat(a.similarity(b)).isLessThan(1.0);
  }
}
