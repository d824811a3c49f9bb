package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFurnitureTest {

  private static final String MENU = "Nos sites : Le Quotidien | Le Mensuel | La Radio";
  private static final String NEWSLETTER =
      "Recevez chaque matin notre lettre d'information en vous inscrivant gratuitement sur notre"
          + " site.";

  private static String article(int n) {
    return MENU
        + "\n\nLa commune numéro "
        + n
        + " a voté son budget hier soir, après un débat de trois heures sur les écoles.\n\n"
        + NEWSLETTER;
  }

  @Test
  void linesASourceRepeatsAreDroppedOnceSeenInEnoughArticles() {
    SourceFurniture learned = new SourceFurniture();
    learned.observe("quotidien", article(1));
    learned.observe("quotidien", article(2));
    assertThat(learned.forSource("quotidien").clean(article(3))).contains(MENU);

    for (int i = 3; i <= 6; i++) {
      learned.observe("quotidien", article(i));
    }

    assertThat(learned.forSource("quotidien").clean(article(7)))
        .isEqualTo(
            "La commune numéro 7 a voté son budget hier soir, après un débat de trois heures sur"
                + " les écoles.");
  }

  @Test
  void aUnionKeepsForEachSourceTheCountsOfWhoeverSawMoreOfIt() {
    SourceFurniture one = new SourceFurniture();
    SourceFurniture other = new SourceFurniture();
    for (int i = 0; i < 10; i++) {
      one.observe("quotidien", article(i));
      other.observe("hebdo", article(i));
    }
    other.observe("quotidien", "Une seule ligne, vue par l'autre.");

    SourceFurniture union = SourceFurniture.fromBytes(one.unionWith(other).toBytes());

    assertThat(union.articles("quotidien")).isEqualTo(10);
    assertThat(union.articles("hebdo")).isEqualTo(10);
    assertThat(union.forSource("quotidien").clean(article(11))).doesNotContain(MENU);
    assertThat(union.forSource("hebdo").clean(article(11))).doesNotContain(MENU);
    // neither side is changed
    assertThat(one.articles("hebdo")).isZero();
    assertThat(other.articles("quotidien")).isEqualTo(1);
  }

  @Test
  void anotherSourceKeepsItsLines() {
    SourceFurniture learned = new SourceFurniture();
    for (int i = 0; i < 10; i++) {
      learned.observe("quotidien", article(i));
    }

    assertThat(learned.forSource("hebdo").clean(article(11))).isEqualTo(article(11));
  }

  @Test
  void aParagraphAFewUpdatesRepeatIsNotFurniture() {
    String background =
        "Le conseil municipal avait déjà rejeté un premier projet de budget en mars, faute"
            + " d'accord sur le financement de la cantine scolaire.";
    SourceFurniture learned = new SourceFurniture();
    for (int i = 0; i < 40; i++) {
      String text = "Article " + i + " sur un tout autre sujet que les autres, le numéro " + i;
      learned.observe("quotidien", i < 5 ? text + "\n" + background : text);
    }

    assertThat(learned.forSource("quotidien").clean("Suite.\n" + background)).contains(background);
  }

  @Test
  void whatWasLearnedSurvivesAsBytes() {
    SourceFurniture learned = new SourceFurniture();
    for (int i = 0; i < 8; i++) {
      learned.observe("quotidien", article(i));
    }

    SourceFurniture restored = SourceFurniture.fromBytes(learned.toBytes());

    assertThat(restored.articles("quotidien")).isEqualTo(8);
    assertThat(restored.forSource("quotidien").clean(article(9))).doesNotContain(MENU);
    assertThat(restored.toBytes()).isEqualTo(learned.toBytes());
  }

  @Test
  void linesSeenRarelyAreForgottenSoMemoryStaysBounded() {
    SourceFurniture learned = new SourceFurniture();
    for (int i = 0; i < 10 * SourceFurniture.BUCKET; i++) {
      learned.observe("quotidien", article(i) + "\nUne ligne propre à l'article " + i);
    }

    // three lines per article are unique, two recur: about one bucket of unique lines is held
    assertThat(learned.entries()).isLessThan(3L * SourceFurniture.BUCKET + 10);
    assertThat(learned.forSource("quotidien").clean(article(0))).doesNotContain(MENU);
  }

  @Test
  void unreadableBytesStartAfresh() {
    assertThat(SourceFurniture.fromBytes(new byte[] {1, 2}).articles("quotidien")).isZero();
  }
}
