package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;

/** The change marks of numbers, names and parts, through the same history as dates. */
class QuantityHistoryTest {

  private static Statement toll(String day, String id, String source, long n, boolean atLeast) {
    return new Statement(
        "Grenoble",
        ClaimKind.DEATH_TOLL,
        new Value.Quantity(n, atLeast, null),
        id,
        source,
        PublishedDate.day(LocalDate.parse(day)),
        0,
        true);
  }

  @Test
  void aTollThatRisesIsUpdatedDayByDayAndTwoFiguresOfOneDayConflict() {
    Claim claim =
        ClaimHistory.of(
            "Grenoble",
            ClaimKind.DEATH_TOLL,
            List.of(
                toll("2024-03-01", "a", "depeches", 12, true), // au moins 12 morts
                toll("2024-03-01", "b", "radio", 12, false), // 12 morts: the floor made exact
                toll("2024-03-01", "c", "le-soir", 15, false), // same day, another figure
                toll("2024-03-02", "d", "depeches", 35, false), // the next day, it rose
                toll("2024-03-03", "e", "radio", 35, true))); // "au moins 35": said again
    assertThat(claim.values())
        .extracting(ClaimValue::articleId, ClaimValue::text, ClaimValue::change)
        .containsExactly(
            tuple("a", "≥12", Change.FIRST),
            tuple("b", "12", Change.REFINED),
            tuple("c", "15", Change.CONFLICT),
            tuple("d", "35", Change.UPDATE),
            tuple("e", "≥35", Change.SAME));
    assertThat(claim.current().text()).isEqualTo("35");
  }

  @Test
  void anAgeOneMoreAYearLaterIsAnUpdateAndWithinAWeekAConflict() {
    Statement sixty = age("2022-12-19", "a", 60);
    Claim later =
        ClaimHistory.of("Tom Cruise", ClaimKind.AGE, List.of(sixty, age("2023-12-20", "b", 61)));
    assertThat(later.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.UPDATE);
    Claim week =
        ClaimHistory.of("Tom Cruise", ClaimKind.AGE, List.of(sixty, age("2022-12-23", "b", 61)));
    assertThat(week.values())
        .extracting(ClaimValue::change)
        .containsExactly(Change.FIRST, Change.CONFLICT);
    assertThat(week.current().text()).isEqualTo("60");
  }

  @Test
  void namesAreTheSameWhateverTheirPunctuationAndPartsNeverRefine() {
    Value colon = new Value.Name("Mission: Impossible – Dead Reckoning");
    assertThat(new Value.Name("Mission Impossible Dead Reckoning").restates(colon)).isTrue();
    assertThat(new Value.Name("Mission Impossible Dead Reckoning Partie 1").restates(colon))
        .isFalse();
    assertThat(new Value.Name("Mission Impossible Dead Reckoning Partie 1").refines(colon))
        .isFalse();
    Value part = new Value.Part("Tom Cruise", "Ethan Hunt");
    assertThat(new Value.Part("Tom Cruise", "Ethan Hunt").restates(part)).isTrue();
    assertThat(new Value.Part("Tom Hanks", "Ethan Hunt").restates(part)).isFalse();
    // a number and a date are never the same value
    assertThat(
            Value.Quantity.of(2023)
                .restates(new Value.When(PublishedDate.day(LocalDate.of(2023, 1, 1)))))
        .isFalse();
  }

  private static Statement age(String day, String id, long years) {
    return new Statement(
        "Tom Cruise",
        ClaimKind.AGE,
        Value.Quantity.of(years),
        id,
        "cine-mag",
        PublishedDate.day(LocalDate.parse(day)),
        0,
        true);
  }
}
