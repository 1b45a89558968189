package org.allybot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.allybot.core.CoreContext;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.EventKind;
import org.allybot.core.campaign.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.Each.class)
class CalendarFilesTest {
  @Test
  void aSignedLinkServesTheEventsCalendarFileAndAnyOtherLinkIsA404(RunningServer server)
      throws Exception {
    CoreContext core = server.runtime().bot().context();
    WorkspaceId ws = new WorkspaceId(Platform.SLACK, "T0123");
    Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
    core.calendar()
        .store()
        .save(
            new CalendarEvent(
                ws,
                "listening-circle",
                "Listening circle",
                EventKind.CIRCLE,
                start,
                ZoneId.of("Europe/Berlin"),
                Duration.ofMinutes(45),
                "Room 4",
                new Audience.Everyone(),
                "",
                0,
                "",
                "U1",
                false,
                0));
    String link = core.calendar().links().link(server.base(), ws, "listening-circle");

    HttpResponse<String> file = server.get(link);

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("content-type").orElse("")).startsWith("text/calendar");
    assertThat(file.headers().firstValue("content-disposition").orElse(""))
        .contains("listening-circle.ics");
    assertThat(file.body())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("SUMMARY:Listening circle\r\n")
        .contains(
            "DTSTART;TZID=Europe/Berlin:"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                    .withZone(ZoneId.of("Europe/Berlin"))
                    .format(start));
    assertThat(server.get(link.replace("&s=", "&s=x")).statusCode()).isEqualTo(404);
    assertThat(server.get(link.replace("T0123", "T9999")).statusCode()).isEqualTo(404);
    assertThat(server.get("/calendar/event.ics").statusCode()).isEqualTo(404);
  }
}
