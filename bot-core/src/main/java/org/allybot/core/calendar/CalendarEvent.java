package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;

/**
 * A workshop, meetup or listening circle. {@code id} is the name folded to lower case; {@code
 * capacity} 0 means no limit; {@code facilitator} and {@code campaign} are empty when not set;
 * {@code revision} counts edits, for the calendar file's SEQUENCE.
 */
public record CalendarEvent(
    WorkspaceId workspace,
    String id,
    String name,
    EventKind kind,
    Instant start,
    ZoneId zone,
    Duration length,
    String where,
    Audience audience,
    String facilitator,
    int capacity,
    String campaign,
    String organizer,
    boolean cancelled,
    int revision) {

  public Instant end() {
    return start.plus(length);
  }

  public boolean limited() {
    return capacity > 0;
  }

  CalendarEvent cancel() {
    return new CalendarEvent(
        workspace,
        id,
        name,
        kind,
        start,
        zone,
        length,
        where,
        audience,
        facilitator,
        capacity,
        campaign,
        organizer,
        true,
        revision + 1);
  }

  /** The key-safe id an event of this name has, as campaigns make theirs. */
  static String idOf(String name) {
    return org.allybot.core.campaign.Campaign.idOf(name);
  }
}
