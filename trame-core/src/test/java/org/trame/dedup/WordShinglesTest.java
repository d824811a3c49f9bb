package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordShinglesTest {

  @Test
  void oneShingleStartsAtEachWordThatHasEnoughWordsAfterIt() {
    assertThat(WordShingles.of("le pont sera ferme en mars", 3)).hasSize(4);
    assertThat(WordShingles.of("  le  pont sera ", 3)).hasSize(1);
  }

  @Test
  void wordOrderInsideAShingleMatters() {
    assertThat(WordShingles.of("pont le sera", 3)).isNotEqualTo(WordShingles.of("le pont sera", 3));
    assertThat(WordShingles.of("le pont sera", 3)).isEqualTo(WordShingles.of("le pont sera", 3));
  }

  @Test
  void aTextShorterThanAShingleIsOneShingleAndNoWordsIsNone() {
    assertThat(WordShingles.of("pont", 3)).hasSize(1);
    assertThat(WordShingles.of("   ", 3)).isEmpty();
  }

  @Test
  void equalShinglesHashEquallyWhereverTheyStand() {
    long[] a = WordShingles.of("le pont sera ferme", 3);
    long[] b = WordShingles.of("hier le pont sera", 3);

    assertThat(a[0]).isEqualTo(b[1]);
  }

  @Test
  void refusesShingleSizesItCannotMake() {
    assertThatThrownBy(() -> WordShingles.of("a b", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordShingles.of("a b", 9))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
