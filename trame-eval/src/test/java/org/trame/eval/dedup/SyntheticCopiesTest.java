package org.trame.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.RawArticle;

class SyntheticCopiesTest {

  private static final RawArticle ORIGINAL =
      new RawArticle(
          "src/1",
          "test",
          null,
          "Le marché couvert rouvre",
          null,
          "Les commerçants ont retrouvé leurs étals samedi. La charpente a été refaite en entier."
              + " Des panneaux solaires couvrent le toit. Les loyers ne changeront pas cette année."
              + " L'adjoint au commerce était là dès l'ouverture.",
          null,
          "fr",
          "test");

  private static SyntheticCopies maker(long seed) {
    return new SyntheticCopies(
        seed, List.of("bleu", "vite", "rivière", "ancien"), List.of("Un autre titre"));
  }

  private static List<String> sortedWords(String s) {
    return Arrays.stream(s.split("\\s+")).sorted().toList();
  }

  @Test
  void theSameSeedMakesTheSameCopies() {
    for (SyntheticCopies.Kind kind : SyntheticCopies.Kind.values()) {
      assertThat(maker(3).make(ORIGINAL, kind)).isEqualTo(maker(3).make(ORIGINAL, kind));
    }
  }

  @Test
  void eachKindChangesWhatItSays() {
    SyntheticCopies maker = maker(3);
    int words = ORIGINAL.text().split(" ").length;

    SyntheticCopies.Copy cut = maker.make(ORIGINAL, SyntheticCopies.Kind.TRUNCATED);
    assertThat(cut.article().text().split(" ").length)
        .isBetween((int) (words * 0.5) - 1, (int) (words * 0.7) + 1);
    assertThat(ORIGINAL.text()).startsWith(cut.article().text());

    SyntheticCopies.Copy headline = maker.make(ORIGINAL, SyntheticCopies.Kind.RE_HEADLINED);
    assertThat(headline.article().title()).isEqualTo("Un autre titre");
    assertThat(headline.article().text()).isEqualTo(ORIGINAL.text());

    SyntheticCopies.Copy reordered = maker.make(ORIGINAL, SyntheticCopies.Kind.REORDERED);
    assertThat(reordered.article().text()).isNotEqualTo(ORIGINAL.text());
    assertThat(sortedWords(reordered.article().text())).isEqualTo(sortedWords(ORIGINAL.text()));

    SyntheticCopies.Copy boilerplate = maker.make(ORIGINAL, SyntheticCopies.Kind.BOILERPLATE);
    assertThat(boilerplate.article().text()).contains(ORIGINAL.text());
    assertThat(boilerplate.article().text().length()).isGreaterThan(ORIGINAL.text().length() + 60);

    SyntheticCopies.Copy edited = maker.make(ORIGINAL, SyntheticCopies.Kind.EDITED_20);
    assertThat(edited.article().text()).isNotEqualTo(ORIGINAL.text());
    assertThat(edited.originalId()).isEqualTo("src/1");
    assertThat(edited.article().id()).isEqualTo("copy/edited_20/src/1");
  }
}
