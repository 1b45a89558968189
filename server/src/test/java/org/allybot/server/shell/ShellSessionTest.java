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

/** The shell as a newcomer uses it: a piped script in, plain text out. */
class ShellSessionTest {
  @TempDir Path data;

  private String run(String user, boolean admin, String script) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), user, admin, "Europe/London", out)) {
      session.run(new BufferedReader(new StringReader(script)), true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).as("no internal error").doesNotContain("something went wrong on my side");
    return out;
  }

  @Test
  void theReadmeScriptRunsTheWholeLoop() throws Exception {
    String out =
        run(
            "alex",
            true,
            """
            /ally campaign create Pilot
            1
            /ally campaign run Pilot now
            2
            /ally lesson
            4
            /ally stats
            """);

    assertThat(out).contains("Campaign *Pilot* created.").contains("[1] Join");
    assertThat(out).contains("You're in *Pilot*");
    assertThat(out)
        .contains("Sending a poll from *Pilot* to 1 member(s) now.")
        .contains("What would you do?");
    assertThat(out).contains("<- your answer").contains("*Takeaway:*");
    assertThat(out).contains("Noted: you'll try").contains("Polls answered: 1");
  }

  @Test
  void asSwitchesPersonAndNumbersPressTheirOwnLatestButtons() throws Exception {
    String out =
        run(
            "alex",
            true,
            """
            /ally as sam
            /ally help
            /ally as alex
            /ally campaign create Pilot --mandatory
            /ally campaign run Pilot now
            /ally as sam
            1
            /ally stats
            /ally campaign list
            """);

    assertThat(out).contains("(you are now sam)").contains("(to sam)");
    assertThat(out).contains("Sending a poll from *Pilot* to 2 member(s) now.");
    assertThat(out.substring(out.lastIndexOf("sam> 1"))).contains("<- your answer");
    assertThat(out).contains("Polls answered: 1");
    assertThat(out).contains("Only Allybot admins can do that.");
  }

  @Test
  void aNumberWithNoButtonsSaysSo() throws Exception {
    assertThat(run("alex", false, "3\n")).contains("(there is no button 3 on your latest message)");
  }

  @Test
  void aSecondRunWithTheSameDataSeesTheFirstRunsCampaignsAndAnswers() throws Exception {
    run("alex", true, "/ally poll\n1\n/ally campaign create Pilot\n");

    String second = run("alex", true, "/ally campaign list\n/ally stats\n");

    assertThat(second).contains("*Pilot*: running").contains("Polls answered: 1");
    assertThat(second).doesNotContain("Hi, I'm Allybot");
  }
}
