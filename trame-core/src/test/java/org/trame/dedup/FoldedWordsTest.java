package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.trame.WireTexts;

class FoldedWordsTest {

  /** What the exact fingerprint compares, and what near-duplicates must read the same way. */
  private static void foldsLikeTheFingerprint(String text) {
    String normalized = Fingerprint.normalize(text);
    FoldedWords direct = FoldedWords.of(text);

    assertThat(direct.hashes()).as(text).isEqualTo(FoldedWords.of(normalized).hashes());
    assertThat(direct.foldedLength()).as(text).isEqualTo(normalized.length());
    assertThat(direct.count()).isEqualTo(normalized.isEmpty() ? 0 : normalized.split(" ").length);
  }

  @Test
  void findsTheWordsTheFingerprintNormalizationFinds() {
    foldsLikeTheFingerprint(WireTexts.STORY);
    foldsLikeTheFingerprint("L'ÉTÉ À CÔTÉ DU PORT -- « Noël » : 14h30, 2 000 €… Œuvre ; naïve!");
    foldsLikeTheFingerprint("  ");
    foldsLikeTheFingerprint("");
    foldsLikeTheFingerprint("un\u00A0espace\u2009fin, aujourd’hui");
  }

  @Test
  void aDecomposedAccentIsDroppedWithoutSplittingTheWord() {
    String decomposed = Normalizer.normalize("Réunion générale", Normalizer.Form.NFD);

    assertThat(FoldedWords.of(decomposed).hashes())
        .isEqualTo(FoldedWords.of("reunion generale").hashes());
    foldsLikeTheFingerprint(decomposed);
  }

  @Test
  void aShortBodyIsJoinedToItsTitle() {
    FoldedWords title = FoldedWords.of("Grève lundi");
    FoldedWords body = FoldedWords.of("Aucun bus.");
    FoldedWords both = FoldedWords.concat(title, body);

    assertThat(both.count()).isEqualTo(4);
    assertThat(both.foldedLength()).isEqualTo("greve lundi aucun bus".length());
  }
}
