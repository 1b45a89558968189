package org.allybot.core.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Messages;

/**
 * Writes an event as an iCalendar file (RFC 5545): one VEVENT whose start and end are local times
 * in the event's zone (TZID) with that zone as a VTIMEZONE, so a calendar shows where it was
 * planned and the right instant; UTC events use plain UTC times. CRLF line ends and lines folded at
 * 75 octets without splitting a character.
 */
public final class IcsFile {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int OCTETS = 75;

  private IcsFile() {}

  /**
   * The file's text, its words in {@code say}'s language; {@code stamp} is when it was made
   * (DTSTAMP), {@code link} may be empty.
   */
  public static String of(CalendarEvent e, Instant stamp, String link, Messages say) {
    CalendarTexts t = new CalendarTexts(say);
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Allybot//Programme calendar//EN");
    lines.add("CALSCALE:GREGORIAN");
    boolean zoned = IcsTimeZone.needed(e.zone());
    if (zoned) {
      lines.addAll(IcsTimeZone.lines(e.zone(), e.start()));
    }
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid(e));
    lines.add("SEQUENCE:" + e.revision());
    lines.add("DTSTAMP:" + UTC.format(stamp));
    lines.add(time("DTSTART", e.start(), e, zoned));
    lines.add(time("DTEND", e.end(), e, zoned));
    lines.add("SUMMARY:" + escape(e.name()));
    if (!e.where().isBlank()) {
      lines.add("LOCATION:" + escape(e.where()));
    }
    lines.add("DESCRIPTION:" + escape(t.icsDescription(e, link)));
    lines.add("CATEGORIES:" + escape(t.kind(e.kind())));
    lines.add("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append("\r\n"));
    return out.toString();
  }

  /** In the event's own zone (TZID, local time) unless that is UTC. */
  private static String time(String property, Instant at, CalendarEvent e, boolean zoned) {
    return zoned
        ? property
            + ";TZID="
            + e.zone().getId()
            + ":"
            + IcsTimeZone.LOCAL.format(at.atZone(e.zone()))
        : property + ":" + UTC.format(at);
  }

  /** Stable across edits, so a calendar updates the event it already has. */
  static String uid(CalendarEvent e) {
    return e.id()
        + "."
        + e.workspace().platform().name().toLowerCase(java.util.Locale.ROOT)
        + "."
        + e.workspace().id().replaceAll("[^A-Za-z0-9-]", "-")
        + "@allybot";
  }

  /** TEXT escaping: backslash, semicolon, comma and line breaks. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Splits a line into pieces of at most 75 octets, each continuation starting with a space. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    int limit = OCTETS;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = OCTETS - 1; // the leading space counts
      }
      out.append(ch);
      octets += size;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
