package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;
import org.junit.jupiter.api.Test;

class IcsFileTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T0123");

  private static CalendarEvent event(String name, String where, Instant start, ZoneId zone) {
    return new CalendarEvent(
        WS,
        CalendarEvent.idOf(name),
        name,
        EventKind.WORKSHOP,
        start,
        zone,
        Duration.ofMinutes(90),
        where,
        new Audience.Everyone(),
        "",
        0,
        "",
        "U1",
        false,
        2);
  }

  private static VEvent parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
  }

  private static String value(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void theFileParsesWithIcal4jAndHoldsTheRightInstantsAndTexts() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
    Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String ics =
        IcsFile.of(
            event(
                "Bystander; workshop, part 1",
                "Room 4 \\ main floor",
                start,
                ZoneId.of("Europe/Berlin")),
            stamp,
            "https://ally.example/calendar/event.ics",
            org.allybot.core.language.Messages.english());

    VEvent e = parse(ics);

    assertThat(Instant.from(e.getStartDate().orElseThrow().getDate())).isEqualTo(start);
    assertThat(Instant.from(e.getEndDate().orElseThrow().getDate()))
        .isEqualTo(start.plus(Duration.ofMinutes(90)));
    assertThat(Instant.from(e.getDateStamp().orElseThrow().getDate())).isEqualTo(stamp);
    assertThat(value(e, "SUMMARY")).isEqualTo("Bystander; workshop, part 1");
    assertThat(value(e, "LOCATION")).isEqualTo("Room 4 \\ main floor");
    assertThat(value(e, "UID")).isEqualTo("bystander-workshop-part-1.slack.T0123@allybot");
    assertThat(value(e, "SEQUENCE")).isEqualTo("2");
    assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
  }

  @Test
  void everyLineEndsInCrlfAndNoneIsLongerThan75Octets() {
    String longWhere = "Ünïcödé room — " + "é".repeat(120);
    String ics =
        IcsFile.of(
            event("Long", longWhere, Instant.now().plus(Duration.ofDays(2)), ZoneId.of("UTC")),
            Instant.now(),
            "",
            org.allybot.core.language.Messages.english());

    assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("\r\n ");
  }

  @Test
  void aFoldedUnicodeLocationReadsBackWhole() throws Exception {
    String longWhere = "Ünïcödé room — " + "é".repeat(120) + " 🎉";
    VEvent e =
        parse(
            IcsFile.of(
                event("Long", longWhere, Instant.now().plus(Duration.ofDays(2)), ZoneId.of("UTC")),
                Instant.now(),
                "",
                org.allybot.core.language.Messages.english()));

    assertThat(value(e, "LOCATION")).isEqualTo(longWhere);
  }

  @Test
  void aCancelledEventSaysSoWithAHigherSequence() throws Exception {
    CalendarEvent e =
        event("Gone", "", Instant.now().plus(Duration.ofDays(2)), ZoneId.of("UTC")).cancel();

    VEvent parsed =
        parse(IcsFile.of(e, Instant.now(), "", org.allybot.core.language.Messages.english()));

    assertThat(value(parsed, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(parsed, "SEQUENCE")).isEqualTo("3");
  }
}
