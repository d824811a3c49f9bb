package org.trame.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputPrefixTest {

  @Test
  void theLastStoredArticleOfThePrefixDoneWithoutAGap() {
    InputPrefix prefix = new InputPrefix();
    assertThat(prefix.lastStored()).isNull();
    prefix.done(2, "c");
    assertThat(prefix.through()).isZero();
    assertThat(prefix.lastStored()).isNull();
    prefix.done(0, "a");
    assertThat(prefix.through()).isEqualTo(1);
    assertThat(prefix.lastStored()).isEqualTo("a");
    // refused or already stored: done, but not stored
    prefix.done(1, null);
    assertThat(prefix.through()).isEqualTo(3);
    assertThat(prefix.lastStored()).isEqualTo("c");
    prefix.done(3, null);
    assertThat(prefix.lastStored()).isEqualTo("c");
  }

  @Test
  void anArticleDoneTwiceIsABug() {
    InputPrefix prefix = new InputPrefix();
    prefix.done(0, "a");
    assertThatThrownBy(() -> prefix.done(0, "a")).isInstanceOf(IllegalStateException.class);
  }
}
