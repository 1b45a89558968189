package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;
import org.junit.jupiter.api.Test;

/** Calendar files in the event's own zone: TZID times and a VTIMEZONE, read back with ical4j. */
class IcsTimeZoneTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static CalendarEvent event(Instant start, ZoneId zone, Duration length) {
    return new CalendarEvent(
        new WorkspaceId(Platform.SLACK, "T0123"),
        "night-circle",
        "Night circle",
        EventKind.CIRCLE,
        start,
        zone,
        length,
        "",
        new Audience.Everyone(),
        "",
        0,
        "",
        "U1",
        false,
        0);
  }

  private static Calendar parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    return calendar;
  }

  /**
   * Berlin's clock changes of 2027 and 2028, fixed: the file's times do not depend on today, and
   * ical4j, the reader here, read one of them an hour off when the test's clock was moved to a date
   * near it (any-date at 2027-10-31T01:05Z).
   */
  private static List<ZoneOffsetTransition> changes() {
    return BERLIN.getRules().getTransitionRules().stream()
        .flatMap(rule -> java.util.stream.Stream.of(2027, 2028).map(rule::createTransition))
        .toList();
  }

  @Test
  void anEventAcrossTheClockChangeKeepsItsLocalTimesAndItsZone() throws Exception {
    for (ZoneOffsetTransition change : changes()) {
      eventAcross(change);
    }
  }

  private static void eventAcross(ZoneOffsetTransition change) throws Exception {
    Instant start = change.getInstant().minus(Duration.ofHours(1));
    Instant end = start.plus(Duration.ofHours(3));
    String ics =
        IcsFile.of(
            event(start, BERLIN, Duration.ofHours(3)),
            start.minus(Duration.ofDays(30)),
            "",
            org.allybot.core.language.Messages.english());

    Calendar calendar = parse(ics);
    VEvent e = calendar.<VEvent>getComponent("VEVENT").orElseThrow();

    ZonedDateTime localStart = start.atZone(BERLIN);
    ZonedDateTime localEnd = end.atZone(BERLIN);
    assertThat(ics)
        .contains("DTSTART;TZID=Europe/Berlin:" + IcsTimeZone.LOCAL.format(localStart) + "\r\n")
        .contains("DTEND;TZID=Europe/Berlin:" + IcsTimeZone.LOCAL.format(localEnd) + "\r\n");
    assertThat(localEnd.toLocalDateTime())
        .as("three hours on the clock-change day read as 2 or 4 on the wall clock")
        .isEqualTo(localStart.toLocalDateTime().plusHours(3).plus(change.getDuration()));
    var dtStart = e.getStartDate().orElseThrow();
    assertThat(dtStart.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Berlin");
    // The instants ical4j derives are not compared here: with the JVM's clock moved to just after
    // Berlin's October 2027 change, it read the March 2028 end an hour off, from the same file.
    assertThat(e.getEndDate().orElseThrow().getParameter("TZID").map(p -> p.getValue()))
        .contains("Europe/Berlin");

    VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
    assertThat(zone.getProperty("TZID").map(Property::getValue)).contains("Europe/Berlin");
    List<String> observances =
        zone.getObservances().stream().map(IcsTimeZoneTest::describe).toList();
    assertThat(observances)
        .as("a yearly observance for each side of the change, from the year before")
        .hasSize(2)
        .anyMatch(o ->
            o.startsWith(change.isGap() ? "DAYLIGHT " : "STANDARD ")
                && o.endsWith(
                    IcsTimeZone.offset(change.getOffsetBefore())
                        + " "
                        + IcsTimeZone.offset(change.getOffsetAfter())));
  }

  private static String describe(Component observance) {
    return observance.getName()
        + " "
        + observance.getProperty("DTSTART").map(Property::getValue).orElseThrow()
        + " "
        + observance.getProperty("TZOFFSETFROM").map(Property::getValue).orElseThrow()
        + " "
        + observance.getProperty("TZOFFSETTO").map(Property::getValue).orElseThrow();
  }

  @Test
  void aZoneWithoutClockChangesHasOneFixedObservanceAndUtcNeedsNone() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    String ics =
        IcsFile.of(
            event(start, tokyo, Duration.ofHours(1)),
            start,
            "",
            org.allybot.core.language.Messages.english());
    Calendar calendar = parse(ics);
    assertThat(
            calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow().getObservances().stream()
                .map(IcsTimeZoneTest::describe))
        .containsExactly("STANDARD 19700101T000000 +0900 +0900");
    assertThat(ics)
        .contains("DTSTART;TZID=Asia/Tokyo:" + IcsTimeZone.LOCAL.format(start.atZone(tokyo)));
    assertThat(
            Instant.from(
                calendar
                    .<VEvent>getComponent("VEVENT")
                    .orElseThrow()
                    .getStartDate()
                    .orElseThrow()
                    .getDate()))
        .isEqualTo(start);

    String utc =
        IcsFile.of(
            event(start, ZoneId.of("UTC"), Duration.ofHours(1)),
            start,
            "",
            org.allybot.core.language.Messages.english());
    assertThat(utc).doesNotContain("VTIMEZONE").doesNotContain("TZID");
    assertThat(
            Instant.from(
                parse(utc)
                    .<VEvent>getComponent("VEVENT")
                    .orElseThrow()
                    .getStartDate()
                    .orElseThrow()
                    .getDate()))
        .isEqualTo(start);
  }

  @Test
  void yearlyRulesBecomeRrules() {
    var rules = BERLIN.getRules().getTransitionRules();
    assertThat(rules.stream().map(IcsTimeZone::rrule))
        .containsExactly(
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU",
            "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU");
    assertThat(
            ZoneId.of("America/New_York").getRules().getTransitionRules().stream()
                .map(IcsTimeZone::rrule))
        .containsExactly("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
  }
}
