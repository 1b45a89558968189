package org.allybot.core.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which occurrences a campaign's triggers stand for: each slot's next one, a missed one
 * still inside the grace window that nobody claimed, and the one after an occurrence that ran. It
 * reads time from the scheduler's clock, never from Quartz.
 */
record TicketPlanner(
    SlotSource slots,
    OccurrenceClaims claims,
    Clock clock,
    Duration graceWindow,
    ZoneId defaultZone) {

  /** Each slot's next occurrence, and its latest one if missed within the grace window. */
  List<OccurrenceTicket> plan(Campaign campaign, long generation) {
    Instant now = clock.instant();
    List<OccurrenceTicket> tickets = new ArrayList<>();
    for (SlotTimetable timetable : SlotTimetable.all(campaign, slots, defaultZone)) {
      timetable
          .next(now)
          .ifPresent(
              at -> tickets.add(new OccurrenceTicket(timetable.occurrence(at), generation, false)));
      timetable
          .latestAtOrBefore(now)
          .filter(at -> !at.isBefore(now.minus(graceWindow)))
          .map(timetable::occurrence)
          .filter(missed -> !claims.isClaimed(missed))
          .ifPresent(missed -> tickets.add(new OccurrenceTicket(missed, generation, true)));
    }
    return tickets;
  }

  /** The same slot's next occurrence after one that ran, never in the past. */
  Optional<OccurrenceTicket> after(Campaign campaign, Occurrence done, long generation) {
    Instant now = clock.instant();
    Instant after = done.at().isAfter(now) ? done.at() : now;
    return SlotTimetable.of(campaign, done.kind(), done.slot())
        .flatMap(timetable -> timetable.next(after).map(timetable::occurrence))
        .map(next -> new OccurrenceTicket(next, generation, false));
  }

  /** Whether an occurrence is so late (Quartz fired it after a long stall) it must not run. */
  boolean isTooLate(Occurrence occurrence) {
    return clock.instant().isAfter(occurrence.at().plus(graceWindow));
  }
}
