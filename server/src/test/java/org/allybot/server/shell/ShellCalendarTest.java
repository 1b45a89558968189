package org.allybot.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme calendar in the shell: the README's script, as text in and text out. */
class ShellCalendarTest {
  @TempDir Path data;

  private String run(String script) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "you", true, "Europe/London", out)) {
      session.run(new BufferedReader(new StringReader(script)), true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).as("no internal error").doesNotContain("something went wrong on my side");
    return out;
  }

  @Test
  void theReadmeScriptCreatesAnswersListsAndPrintsTheCalendarFile() throws Exception {
    String day = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
    String out =
        run(
            """
            /ally as sam
            /ally help
            /ally as you
            /ally event create "Bystander workshop" --at %sT15:00 --tz Europe/Berlin --length 90m --where "Room 4" --capacity 12
            /ally as sam
            /ally event show Bystander workshop
            1
            /ally event list
            /ally event ics Bystander workshop
            """
                .formatted(day));

    assertThat(out)
        .contains("Created *Bystander workshop*")
        .contains("Times are in Europe/Berlin, as you asked.")
        .contains("*Programme calendar*");
    assertThat(out)
        .contains("[1] Going ✓")
        .contains("You're going. I'll remind you a day and an hour before.")
        .contains("Add it to your calendar: http://localhost:3000/calendar/event.ics?w=shell")
        .contains("Going 1 of 12");
    assertThat(out)
        .contains("BEGIN:VCALENDAR")
        .contains("SUMMARY:Bystander workshop")
        .contains("DTSTART;TZID=Europe/Berlin:" + day.replace("-", "") + "T150000")
        .contains("BEGIN:VTIMEZONE\nTZID:Europe/Berlin")
        .contains("LOCATION:Room 4");
  }
}
