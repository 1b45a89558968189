package org.allybot.core.campaign;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OccurrencePlannerTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  private final OccurrencePlanner planner = new OccurrencePlanner();

  @Test
  void nextIsTheFirstCadenceDayStrictlyAfter() {
    Set<DayOfWeek> mondayAndWednesday = Set.of(MONDAY, WEDNESDAY);
    LocalTime nine = LocalTime.of(9, 0);
    // Tuesday 2 June 2026, midday; London is on BST (+01:00).
    Instant tuesday = Instant.parse("2026-06-02T12:00:00Z");

    Instant wednesday = planner.next(mondayAndWednesday, nine, LONDON, tuesday);
    Instant monday = planner.next(mondayAndWednesday, nine, LONDON, wednesday);

    assertThat(wednesday).isEqualTo("2026-06-03T08:00:00Z");
    assertThat(monday).isEqualTo("2026-06-08T08:00:00Z");
  }

  @Test
  void aTimeInTheSpringForwardGapMovesToTheTransitionInstant() {
    // On 29 March 2026 London's clocks jump from 01:00 GMT to 02:00 BST: 01:30 never happens.
    Instant at =
        planner.next(
            Set.of(SUNDAY), LocalTime.of(1, 30), LONDON, Instant.parse("2026-03-28T12:00:00Z"));

    assertThat(at).isEqualTo("2026-03-29T01:00:00Z");
    assertThat(at.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
  }

  @Test
  void aTimeInTheFallBackOverlapFiresOnceAtTheEarlierOffset() {
    // On 25 October 2026 London's 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    Instant first =
        planner.next(
            Set.of(SUNDAY), LocalTime.of(1, 30), LONDON, Instant.parse("2026-10-24T12:00:00Z"));
    Instant afterFirst = planner.next(Set.of(SUNDAY), LocalTime.of(1, 30), LONDON, first);
    Instant dailyAfterFirst = planner.next(EVERY_DAY, LocalTime.of(1, 30), LONDON, first);

    assertThat(first).isEqualTo("2026-10-25T00:30:00Z");
    assertThat(afterFirst).isEqualTo("2026-11-01T01:30:00Z");
    assertThat(dailyAfterFirst).isEqualTo("2026-10-26T01:30:00Z");
  }

  @Test
  void newYorkKeepsItsLocalTimeAcrossTheSpringChange() {
    // New York moves from EST (-05:00) to EDT (-04:00) at 02:00 on Sunday 8 March 2026.
    LocalTime nine = LocalTime.of(9, 0);
    Instant saturday =
        planner.next(Set.of(SATURDAY), nine, NEW_YORK, Instant.parse("2026-03-06T00:00:00Z"));
    Instant monday =
        planner.next(Set.of(MONDAY), nine, NEW_YORK, Instant.parse("2026-03-06T00:00:00Z"));
    Instant inTheGap =
        planner.next(
            Set.of(SUNDAY), LocalTime.of(2, 30), NEW_YORK, Instant.parse("2026-03-06T00:00:00Z"));

    assertThat(saturday).isEqualTo("2026-03-07T14:00:00Z");
    assertThat(monday).isEqualTo("2026-03-09T13:00:00Z");
    assertThat(inTheGap).isEqualTo("2026-03-08T07:00:00Z");
  }

  @Test
  void theSameLocalTimeIsADifferentInstantInTokyoAndBerlin() {
    LocalTime halfPastNine = LocalTime.of(9, 30);
    Instant after = Instant.parse("2026-06-01T00:00:00Z");

    Instant tokyo = planner.next(EVERY_DAY, halfPastNine, ZoneId.of("Asia/Tokyo"), after);
    Instant berlin = planner.next(EVERY_DAY, halfPastNine, ZoneId.of("Europe/Berlin"), after);

    assertThat(tokyo).isEqualTo("2026-06-01T00:30:00Z");
    assertThat(berlin).isEqualTo("2026-06-01T07:30:00Z");
  }

  @Test
  void latestAtOrBeforeIncludesAnOccurrenceExactlyNow() {
    Instant wednesdayNine = Instant.parse("2026-06-03T08:00:00Z");
    Set<DayOfWeek> mondayAndWednesday = Set.of(MONDAY, WEDNESDAY);

    assertThat(
            planner.latestAtOrBefore(mondayAndWednesday, LocalTime.of(9, 0), LONDON, wednesdayNine))
        .contains(wednesdayNine);
    assertThat(
            planner.latestAtOrBefore(
                mondayAndWednesday, LocalTime.of(9, 0), LONDON, wednesdayNine.minusSeconds(1)))
        .contains(Instant.parse("2026-06-01T08:00:00Z"));
  }

  @Test
  void latestAtOrBeforeInTheOverlapIsTheEarlierOffset() {
    assertThat(
            planner.latestAtOrBefore(
                Set.of(SUNDAY), LocalTime.of(1, 30), LONDON, Instant.parse("2026-10-25T03:00:00Z")))
        .contains(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void aCadenceWithoutDaysNeverOccurs() {
    Instant now = Instant.parse("2026-06-01T00:00:00Z");

    assertThat(planner.latestAtOrBefore(Set.of(), LocalTime.NOON, LONDON, now)).isEmpty();
    assertThatThrownBy(() -> planner.next(Set.of(), LocalTime.NOON, LONDON, now))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
