package org.allybot.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar in the shell after the invitation: the notice of an edit, the reflection prompt and
 * its check-in a week later, the organiser's attendance list, and a cancellation, as text.
 */
class ShellCalendarAfterTest {
  @TempDir Path data;

  /** The real clock moved on by an offset the test sets, as days pass in seconds. */
  private static final class MovedClock extends Clock {
    private final AtomicLong offset = new AtomicLong();

    void advance(Duration d) {
      offset.addAndGet(d.toMillis());
    }

    @Override
    public Instant instant() {
      return Instant.now().plusMillis(offset.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Where the output has got to, in characters. */
  private static int mark(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).length();
  }

  /** The output since {@code from}. */
  private static String since(ByteArrayOutputStream bytes, int from) {
    return bytes.toString(StandardCharsets.UTF_8).substring(from);
  }

  @Test
  void membersHearOfEditsReflectAfterwardsAndAreToldOfACancellation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MovedClock clock = new MovedClock();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    String at =
        Instant.now()
            .plus(Duration.ofDays(2))
            .atZone(ZoneId.of("Europe/Berlin"))
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession s = ShellSession.start(settings, clock, "you", true, "Europe/London", out)) {
      s.say("/ally as sam");
      s.say("/ally help");
      s.say("/ally as you");
      s.say(
          "/ally event create Circle --kind circle --tz Europe/Berlin --where \"Room 4\" --at "
              + at
              + " --audience @sam");
      s.say("/ally event create Later --tz Europe/Berlin --at " + at + " --audience @sam");
      s.say("/ally as sam");
      s.say("/ally event show Later");
      s.say("1");
      s.say("/ally event show Circle");
      s.say("1");
      s.say("/ally as you");

      int mark = mark(bytes);
      s.say("/ally event edit Circle --where \"Room 5\"");
      assertThat(since(bytes, mark))
          .contains("Updated *Circle*: place Room 4 → Room 5. I'm telling the 1 person")
          .contains("(to sam)")
          .contains("*Circle* has changed: place Room 4 → Room 5. Your answer still stands.");

      mark = mark(bytes);
      s.say("/ally event cancel Later");
      assertThat(since(bytes, mark))
          .contains("(to sam)")
          .contains("*Later*, planned for ")
          .contains("is cancelled. Sorry for the change; you don't need to do anything.");

      clock.advance(Duration.ofDays(2).plusHours(2));
      mark = mark(bytes);
      s.runtime().bot().sendEventTimers();
      s.runtime().worker().awaitIdle(Shell.SETTLE);
      assertThat(since(bytes, mark))
          .contains("Thanks for coming to *Circle*. What is one thing you'll try from it?")
          .contains("[1] Write it down")
          .contains("*Circle* is over. Going: <@sam>. Maybe: nobody.")
          .contains("Could you post a short summary to the community channel?");

      s.say("/ally as sam");
      mark = mark(bytes);
      s.say("1");
      s.say("Ask the quieter people first");
      assertThat(since(bytes, mark))
          .contains("One thing you'll try")
          .contains("Noted: you'll try \"Ask the quieter people first\".");

      clock.advance(Duration.ofDays(7).plusMinutes(1));
      mark = mark(bytes);
      s.runtime().bot().sendDueCheckIns();
      s.runtime().worker().awaitIdle(Shell.SETTLE);
      assertThat(since(bytes, mark))
          .contains(
              "A week ago, after *Circle*, you planned to try: _Ask the quieter people first_")
          .contains("[1] I tried it [2] Not yet [3] Skip");
      mark = mark(bytes);
      s.say("1");
      assertThat(since(bytes, mark)).contains("Brilliant: trying it is the whole point.");
    }
  }
}
