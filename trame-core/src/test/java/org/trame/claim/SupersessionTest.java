package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.PublishedDate;
import org.trame.timeline.TimelineEntry;

class SupersessionTest {

  private static TimelineEntry announced(String day) {
    return new TimelineEntry(
        PublishedDate.day(LocalDate.parse(day)),
        "sortie annoncée",
        List.of("a"),
        null,
        TimelineEntry.Kind.STATEMENT,
        true,
        TimelineEntry.Status.ANNOUNCED);
  }

  private static ClaimValue value(String day, PublishedDate said, Change change) {
    return new ClaimValue(PublishedDate.day(LocalDate.parse(day)), said, "id-" + day, null, change);
  }

  @Test
  void anAnnouncementReplacedByALaterValueIsSuperseded() {
    ClaimValue first =
        value("2021-11-17", PublishedDate.month(YearMonth.of(2020, 10)), Change.FIRST);
    ClaimValue later =
        value("2023-07-12", PublishedDate.month(YearMonth.of(2023, 6)), Change.UPDATE);
    Claim release = new Claim("Film", ClaimKind.RELEASE_DATE, List.of(first, later), later);

    List<TimelineEntry> marked =
        Supersession.mark(
            List.of(announced("2021-11-17"), announced("2023-07-12")), List.of(release));

    assertThat(marked)
        .extracting(TimelineEntry::status)
        .containsExactly(TimelineEntry.Status.SUPERSEDED, TimelineEntry.Status.ANNOUNCED);
  }

  @Test
  void undatedValuesReplaceNothingAndAreReplacedByNothing() {
    ClaimValue undated = value("2021-11-17", null, Change.FIRST);
    ClaimValue dated =
        value("2023-07-12", PublishedDate.month(YearMonth.of(2023, 6)), Change.UPDATE);
    Claim currentDated = new Claim("Film", ClaimKind.RELEASE_DATE, List.of(undated, dated), dated);
    Claim currentUndated =
        new Claim("Film 2", ClaimKind.RELEASE_DATE, List.of(dated, undated), undated);

    List<TimelineEntry> marked =
        Supersession.mark(
            List.of(announced("2021-11-17"), announced("2023-07-12")),
            List.of(currentDated, currentUndated));

    assertThat(marked)
        .extracting(TimelineEntry::status)
        .containsOnly(TimelineEntry.Status.ANNOUNCED);
  }

  @Test
  void aPlanNamedAgainLaterIsStillSupersededButOneMadePreciseIsNot() {
    PublishedDate q2 = PublishedDate.quarter(2022, 2);
    PublishedDate summer = ClaimDates.parse("2024-SU").orElseThrow();
    ClaimValue plan =
        new ClaimValue(
            q2, PublishedDate.day(LocalDate.parse("2020-10-30")), "a", null, Change.FIRST);
    ClaimValue window =
        new ClaimValue(
            summer, PublishedDate.day(LocalDate.parse("2023-11-30")), "b", null, Change.UPDATE);
    ClaimValue day =
        value("2024-07-09", PublishedDate.month(YearMonth.of(2024, 6)), Change.REFINED);
    Claim launch = new Claim("Ariane 6", ClaimKind.LAUNCH_DATE, List.of(plan, window, day), day);
    // a later article named the second quarter of 2022 again, as the plan that slipped
    TimelineEntry namedAgain =
        new TimelineEntry(
            q2,
            "attendu au deuxième trimestre 2022",
            List.of("a", "c"),
            null,
            TimelineEntry.Kind.STATEMENT,
            true,
            TimelineEntry.Status.CONFIRMED);
    TimelineEntry windowEntry =
        new TimelineEntry(
            summer,
            "entre mi-juin et fin juillet",
            List.of("b"),
            null,
            TimelineEntry.Kind.STATEMENT,
            true,
            TimelineEntry.Status.ANNOUNCED);

    assertThat(Supersession.mark(List.of(namedAgain, windowEntry), List.of(launch)))
        .extracting(TimelineEntry::status)
        .containsExactly(TimelineEntry.Status.SUPERSEDED, TimelineEntry.Status.ANNOUNCED);
  }
}
