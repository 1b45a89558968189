package org.allybot.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An event's zone as an RFC 5545 VTIMEZONE, from the JDK's rules: a zone with clock changes gets
 * one yearly STANDARD and DAYLIGHT observance per rule (RRULE), starting the year before the event,
 * as calendar programs themselves write zones (ical4j, for one, misreads one-off observances); a
 * zone without gets one fixed STANDARD observance.
 */
final class IcsTimeZone {
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private IcsTimeZone() {}

  /** UTC needs no VTIMEZONE: its times are written with {@code Z}. */
  static boolean needed(ZoneId zone) {
    return !zone.normalized().equals(ZoneOffset.UTC);
  }

  static List<String> lines(ZoneId zone, Instant start) {
    ZoneRules rules = zone.getRules();
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    int year = start.atZone(zone).getYear() - 1;
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    List<ZoneOffsetTransition> fixed = rules.getTransitions();
    // The yearly rules hold only after the zone's last fixed (historical) change.
    boolean rulesApply =
        !yearly.isEmpty()
            && (fixed.isEmpty() || fixed.getLast().getDateTimeAfter().getYear() < year);
    if (rulesApply) {
      for (ZoneOffsetTransitionRule rule : yearly) {
        ZoneOffsetTransition first = rule.createTransition(year);
        String kind =
            rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
        observance(
            lines,
            kind,
            first.getDateTimeBefore(),
            first.getOffsetBefore(),
            first.getOffsetAfter(),
            rrule(rule));
      }
    } else {
      ZoneOffset offset = rules.getOffset(start);
      observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, "");
    }
    lines.add("END:VTIMEZONE");
    return lines;
  }

  private static void observance(
      List<String> lines,
      String kind,
      LocalDateTime onset,
      ZoneOffset from,
      ZoneOffset to,
      String rrule) {
    lines.add("BEGIN:" + kind);
    // The onset is the local time before the change, read in the offset it changes from.
    lines.add("DTSTART:" + LOCAL.format(onset));
    if (!rrule.isEmpty()) {
      lines.add("RRULE:" + rrule);
    }
    lines.add("TZOFFSETFROM:" + offset(from));
    lines.add("TZOFFSETTO:" + offset(to));
    lines.add("END:" + kind);
  }

  /**
   * The JDK's "day of week on or after (or before) a day of the month" as a yearly RRULE: the n-th
   * or last weekday when it lines up with a week of the month, else the seven candidate days.
   */
  static String rrule(ZoneOffsetTransitionRule rule) {
    String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
    int dom = rule.getDayOfMonthIndicator();
    DayOfWeek dow = rule.getDayOfWeek();
    if (dow == null) {
      return month + ";BYMONTHDAY=" + dom;
    }
    String day = dow.name().substring(0, 2);
    if (dom == -1) {
      return month + ";BYDAY=-1" + day;
    }
    if (dom > 0 && (dom - 1) % 7 == 0) {
      return month + ";BYDAY=" + ((dom - 1) / 7 + 1) + day;
    }
    IntStream days =
        dom > 0 ? IntStream.rangeClosed(dom, dom + 6) : IntStream.rangeClosed(dom - 6, dom);
    return month
        + ";BYMONTHDAY="
        + days.mapToObj(Integer::toString).collect(Collectors.joining(","))
        + ";BYDAY="
        + day;
  }

  /** {@code +0100}, with seconds only when a historical offset has them. */
  static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? hhmm : hhmm + String.format("%02d", abs % 60);
  }
}
