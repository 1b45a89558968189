package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.allybot.core.campaign.Audience;

/**
 * One thing an edit changed, kept as plain values (not words) so that each person who is told reads
 * it in their own language: {@code what} is the option, {@code before} and {@code after} its raw
 * values (a time is "epoch-second zone", a place count 0 is "no limit", an audience is {@code all},
 * {@code #channel} or {@code @count}).
 */
record EventChange(String what, String before, String after) {
  private static final String FIELD = "\u001f";
  private static final String ITEM = "\u001e";

  /** The changes as one delivery-data value. */
  static String encode(List<EventChange> changes) {
    return String.join(
        ITEM, changes.stream().map(c -> c.what + FIELD + c.before + FIELD + c.after).toList());
  }

  static List<EventChange> decode(String note) {
    if (note == null || note.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(note.split(ITEM, -1))
        .map(item -> item.split(FIELD, -1))
        .filter(parts -> parts.length == 3)
        .map(parts -> new EventChange(parts[0], parts[1], parts[2]))
        .toList();
  }

  static String time(CalendarEvent e) {
    return e.start().getEpochSecond() + " " + e.zone().getId();
  }

  static String audience(Audience a) {
    return switch (a) {
      case Audience.Everyone all -> "all";
      case Audience.Channel ch -> "#" + ch.channelId();
      case Audience.Users u -> "@" + u.userIds().size();
    };
  }

  /** "place Room 4 → Room 5", in the texts' language. */
  String in(CalendarTexts t) {
    return t.change(what, show(t, before), show(t, after));
  }

  private String show(CalendarTexts t, String value) {
    return switch (what) {
      case CalendarTexts.TIME -> {
        String[] parts = value.split(" ", 2);
        yield t.when(Instant.ofEpochSecond(Long.parseLong(parts[0])).atZone(ZoneId.of(parts[1])));
      }
      case CalendarTexts.LENGTH -> t.length(Duration.ofMinutes(Long.parseLong(value)));
      case CalendarTexts.PLACES -> value.equals("0") ? t.text("no-limit") : value;
      case CalendarTexts.FACILITATOR -> value.isBlank() ? t.text("none") : "<@" + value + ">";
      case CalendarTexts.KIND -> t.kind(EventKind.valueOf(value.toUpperCase(Locale.ROOT)));
      case CalendarTexts.AUDIENCE -> audience(t, value);
      default -> value.isBlank() ? t.text("none") : value;
    };
  }

  private static String audience(CalendarTexts t, String value) {
    if (value.startsWith("#")) {
      return t.audience(new Audience.Channel(value.substring(1)));
    }
    if (value.startsWith("@")) {
      return t.people(Integer.parseInt(value.substring(1)));
    }
    return t.audience(new Audience.Everyone());
  }
}
