package org.allybot.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report desk in the shell: the form as prompts, a mistake asked again, the desk's view. */
class ShellDeskTest {
  @TempDir Path data;

  @Test
  void theReportFormIsAskedAsPromptsAndAMissingAnswerIsAskedAgain() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "alex", true, "UTC", out)) {
      session.run(
          new BufferedReader(
              new StringReader(
                  """
                  /ally desk rota @alex
                  /ally as rita
                  /ally report

                  Wrong name again
                  about last week
                  standup
                  @sam
                  3
                  yes
                  yes
                  2
                  no
                  He keeps calling me by the wrong name.
                  /ally report status
                  /ally as alex
                  /ally desk
                  /ally desk show 1
                  """)),
          true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).doesNotContain("something went wrong on my side");
    assertThat(out)
        .contains("? What happened?")
        .contains("[1] me [2] someone else [3] both")
        .contains("[1] ask me first [2] yes [3] no");
    assertThat(out).contains("Tell the desk what happened");
    assertThat(out).contains("Report received: #1").contains("#1 · new · Wrong name again");
    assertThat(out).contains("#1 · 0 h · new · Wrong name again");
    assertThat(out)
        .contains("He keeps calling me by the wrong name.")
        .contains("Who did it: @sam")
        .contains("Affected: both")
        .contains("HR: yes")
        .contains("Reporter: anonymous");
  }
}
