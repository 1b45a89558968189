package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a weekly local-time cadence into instants, correct across daylight-saving changes. A local
 * time that does not exist (spring-forward gap) moves to the first valid instant, the transition
 * itself; a local time that happens twice (fall-back overlap) happens once, at the earlier offset.
 */
public final class OccurrencePlanner {
  /** Enough days either side of a date to meet every weekday, even across a skipped date. */
  private static final int SEARCH_DAYS = 10;

  /** The first occurrence strictly after {@code after}. */
  public Instant next(Set<DayOfWeek> days, LocalTime time, ZoneId zone, Instant after) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a cadence without days never occurs");
    }
    LocalDate day = LocalDate.ofInstant(after, zone).minusDays(1);
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        Instant at = instantOf(day, time, zone);
        if (at.isAfter(after)) {
          return at;
        }
      }
    }
    throw new IllegalStateException("no occurrence within " + SEARCH_DAYS + " days");
  }

  /** The last occurrence at or before {@code now}, or empty when the cadence has no days. */
  public Optional<Instant> latestAtOrBefore(
      Set<DayOfWeek> days, LocalTime time, ZoneId zone, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, zone).plusDays(1);
    for (int i = 0; i < SEARCH_DAYS && !days.isEmpty(); i++, day = day.minusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        Instant at = instantOf(day, time, zone);
        if (!at.isAfter(now)) {
          return Optional.of(at);
        }
      }
    }
    return Optional.empty();
  }

  /** The one instant a local date and time stand for in a zone. */
  static Instant instantOf(LocalDate day, LocalTime time, ZoneId zone) {
    LocalDateTime local = day.atTime(time);
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    if (offsets.size() > 1) {
      return local.toInstant(rules.getTransition(local).getOffsetBefore());
    }
    return local.toInstant(offsets.get(0));
  }
}
