package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When one slot of a campaign receives one kind of item: the weekdays, the local time, and the
 * campaign's first and last day, judged by the local date in the slot's zone.
 */
record SlotTimetable(
    Campaign campaign, OccurrenceKind kind, Slot slot, Set<DayOfWeek> days, LocalTime time) {
  private static final OccurrencePlanner PLANNER = new OccurrencePlanner();

  /**
   * Every timetable of a campaign. Lessons and polls use each slot's own time; the digest uses the
   * campaign's digest day and time, in the slot the source gives or else in {@code defaultZone}.
   */
  static List<SlotTimetable> all(Campaign campaign, SlotSource source, ZoneId defaultZone) {
    List<SlotTimetable> timetables = new ArrayList<>();
    for (OccurrenceKind kind : OccurrenceKind.values()) {
      if (!sends(campaign, kind)) {
        continue;
      }
      Set<Slot> slots = source.slots(campaign, kind);
      if (kind == OccurrenceKind.DIGEST && slots.isEmpty()) {
        slots = Set.of(new Slot(defaultZone, campaign.digestTime()));
      }
      slots.forEach(slot -> of(campaign, kind, slot).ifPresent(timetables::add));
    }
    return timetables;
  }

  /** The timetable of one slot, or empty when the campaign sends no such item. */
  static Optional<SlotTimetable> of(Campaign campaign, OccurrenceKind kind, Slot slot) {
    if (!sends(campaign, kind)) {
      return Optional.empty();
    }
    return Optional.of(
        switch (kind) {
          case LESSON ->
              new SlotTimetable(campaign, kind, slot, campaign.lessons().days(), slot.time());
          case POLL ->
              new SlotTimetable(campaign, kind, slot, campaign.polls().days(), slot.time());
          case DIGEST ->
              new SlotTimetable(
                  campaign, kind, slot, Set.of(campaign.digestDay()), campaign.digestTime());
        });
  }

  /** Whether the campaign has a non-empty cadence for this kind of item. */
  static boolean sends(Campaign campaign, OccurrenceKind kind) {
    return switch (kind) {
      case LESSON -> campaign.lessons() != null && !campaign.lessons().isEmpty();
      case POLL -> campaign.polls() != null && !campaign.polls().isEmpty();
      case DIGEST ->
          campaign.hasDigest() && campaign.digestDay() != null && campaign.digestTime() != null;
    };
  }

  /** The first occurrence strictly after {@code after} within the campaign's dates. */
  Optional<Instant> next(Instant after) {
    Instant firstMoment = campaign.start().atStartOfDay(slot.zone()).toInstant();
    Instant from = after.isBefore(firstMoment) ? firstMoment.minusNanos(1) : after;
    Instant at = PLANNER.next(days, time, slot.zone(), from);
    while (localDate(at).isBefore(campaign.start())) {
      at = PLANNER.next(days, time, slot.zone(), at);
    }
    return isAfterEnd(at) ? Optional.empty() : Optional.of(at);
  }

  /** The last occurrence at or before {@code now} within the campaign's dates. */
  Optional<Instant> latestAtOrBefore(Instant now) {
    Instant until = now;
    if (campaign.end() != null) {
      Instant lastMoment =
          campaign.end().plusDays(1).atStartOfDay(slot.zone()).toInstant().minusNanos(1);
      until = now.isAfter(lastMoment) ? lastMoment : now;
    }
    return PLANNER
        .latestAtOrBefore(days, time, slot.zone(), until)
        .filter(at -> !localDate(at).isBefore(campaign.start()) && !isAfterEnd(at));
  }

  Occurrence occurrence(Instant at) {
    return new Occurrence(campaign.workspace(), campaign.id(), kind, slot, at);
  }

  private boolean isAfterEnd(Instant at) {
    return campaign.end() != null && localDate(at).isAfter(campaign.end());
  }

  private LocalDate localDate(Instant at) {
    return LocalDate.ofInstant(at, slot.zone());
  }
}
