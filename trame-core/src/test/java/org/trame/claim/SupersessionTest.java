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
}
