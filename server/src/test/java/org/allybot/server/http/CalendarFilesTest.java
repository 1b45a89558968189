package org.allybot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.EventKind;
import org.allybot.core.campaign.Audience;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFilesTest {
  @TempDir Path data;

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSignedLinkServesTheEventsCalendarFileAndAnyOtherLinkIsA404() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      CoreContext core = runtime.bot().context();
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
      String base = "http://127.0.0.1:" + port;
      String link = core.calendar().links().link(base, ws, "listening-circle");

      HttpResponse<String> file = get(link);

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
      assertThat(get(link.replace("&s=", "&s=x")).statusCode()).isEqualTo(404);
      assertThat(get(link.replace("T0123", "T9999")).statusCode()).isEqualTo(404);
      assertThat(get(base + "/calendar/event.ics").statusCode()).isEqualTo(404);
    }
  }
}
