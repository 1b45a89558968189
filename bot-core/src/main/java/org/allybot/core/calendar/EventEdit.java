package org.allybot.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.UserRef;

/** Applies {@code event edit} options to an event and says, in words, what changed. */
final class EventEdit {
  static final Set<String> EDITABLE =
      Set.of(
          "at",
          "tz",
          CalendarTexts.LENGTH,
          "where",
          "capacity",
          "facilitator",
          "kind",
          "name",
          "audience");

  private final EventOptions options;

  EventEdit(EventOptions options) {
    this.options = options;
  }

  /** The edited event and the changes, one phrase each (none when nothing differs). */
  record Edited(CalendarEvent event, List<EventChange> changes) {}

  Edited apply(UserRef admin, CalendarEvent e, Map<String, String> given) {
    for (String option : given.keySet()) {
      if (!EDITABLE.contains(option)) {
        throw InvalidEvent.of(option, "unknown-option", "option", option);
      }
    }
    ZoneId zone = given.containsKey("tz") ? options.zone(admin, given.get("tz")).zone() : e.zone();
    String at =
        given.containsKey("at")
            ? given.get("at")
            : e.start().atZone(e.zone()).toLocalDateTime().toString();
    Instant start =
        given.containsKey("at") || given.containsKey("tz") ? options.start(at, zone) : e.start();
    CalendarEvent after =
        new CalendarEvent(
            e.workspace(),
            e.id(), // kept on rename, so answers, buttons and the calendar file's UID still match
            given.containsKey("name") ? options.name(given.get("name")) : e.name(),
            given.containsKey("kind") ? EventOptions.kind(given.get("kind")) : e.kind(),
            start,
            zone,
            given.containsKey("length") ? EventOptions.length(given.get("length")) : e.length(),
            given.containsKey("where") ? EventOptions.where(given.get("where")) : e.where(),
            given.containsKey("audience")
                ? options.audience(e.workspace(), given.get("audience"))
                : e.audience(),
            given.containsKey("facilitator")
                ? options.facilitator(admin, given.get("facilitator"))
                : e.facilitator(),
            given.containsKey("capacity")
                ? EventOptions.capacity(given.get("capacity"))
                : e.capacity(),
            e.campaign(),
            e.organizer(),
            false,
            e.revision() + 1);
    return new Edited(after, changes(e, after));
  }

  private static List<EventChange> changes(CalendarEvent a, CalendarEvent b) {
    List<EventChange> changes = new ArrayList<>();
    add(changes, CalendarTexts.NAME, a.name(), b.name());
    if (!a.start().equals(b.start()) || !a.zone().equals(b.zone())) {
      changes.add(new EventChange(CalendarTexts.TIME, EventChange.time(a), EventChange.time(b)));
    }
    add(
        changes,
        CalendarTexts.LENGTH,
        Long.toString(a.length().toMinutes()),
        Long.toString(b.length().toMinutes()));
    add(changes, CalendarTexts.PLACE, a.where(), b.where());
    add(
        changes,
        CalendarTexts.PLACES,
        Integer.toString(a.capacity()),
        Integer.toString(b.capacity()));
    add(changes, CalendarTexts.FACILITATOR, a.facilitator(), b.facilitator());
    add(changes, CalendarTexts.KIND, a.kind().word(), b.kind().word());
    if (!a.audience().equals(b.audience())) {
      changes.add(
          new EventChange(
              CalendarTexts.AUDIENCE,
              EventChange.audience(a.audience()),
              EventChange.audience(b.audience())));
    }
    return changes;
  }

  private static void add(List<EventChange> changes, String what, String before, String after) {
    if (!before.equals(after)) {
      changes.add(new EventChange(what, before, after));
    }
  }
}
