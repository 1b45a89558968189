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
  record Edited(CalendarEvent event, List<String> changes) {}

  Edited apply(UserRef admin, CalendarEvent e, Map<String, String> given) {
    for (String option : given.keySet()) {
      if (!EDITABLE.contains(option)) {
        throw new InvalidEvent(option, CalendarTexts.unknownOption(option));
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

  private static List<String> changes(CalendarEvent a, CalendarEvent b) {
    List<String> changes = new ArrayList<>();
    if (!a.name().equals(b.name())) {
      changes.add(CalendarTexts.change(CalendarTexts.NAME, a.name(), b.name()));
    }
    if (!a.start().equals(b.start()) || !a.zone().equals(b.zone())) {
      changes.add(
          CalendarTexts.change(
              CalendarTexts.TIME,
              CalendarTexts.when(a.start().atZone(a.zone())),
              CalendarTexts.when(b.start().atZone(b.zone()))));
    }
    if (!a.length().equals(b.length())) {
      changes.add(
          CalendarTexts.change(
              CalendarTexts.LENGTH,
              CalendarTexts.length(a.length()),
              CalendarTexts.length(b.length())));
    }
    if (!a.where().equals(b.where())) {
      changes.add(CalendarTexts.change(CalendarTexts.PLACE, show(a.where()), show(b.where())));
    }
    if (a.capacity() != b.capacity()) {
      changes.add(CalendarTexts.change(CalendarTexts.PLACES, places(a), places(b)));
    }
    if (!a.facilitator().equals(b.facilitator())) {
      changes.add(
          CalendarTexts.change(
              CalendarTexts.FACILITATOR, mention(a.facilitator()), mention(b.facilitator())));
    }
    if (a.kind() != b.kind()) {
      changes.add(CalendarTexts.change(CalendarTexts.KIND, a.kind().label(), b.kind().label()));
    }
    if (!a.audience().equals(b.audience())) {
      changes.add(
          CalendarTexts.change(
              CalendarTexts.AUDIENCE,
              CalendarTexts.audience(a.audience()),
              CalendarTexts.audience(b.audience())));
    }
    return changes;
  }

  private static String show(String s) {
    return s.isBlank() ? CalendarTexts.NONE : s;
  }

  private static String mention(String id) {
    return id.isBlank() ? CalendarTexts.NONE : "<@" + id + ">";
  }

  private static String places(CalendarEvent e) {
    return e.limited() ? Integer.toString(e.capacity()) : CalendarTexts.NO_LIMIT;
  }
}
