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

/** Nudges in the shell: {@code #channel text} posts in a channel; only the author sees a nudge. */
class ShellNudgesTest {
  @TempDir Path data;

  private String run(String script) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "alex", true, "UTC", out)) {
      session.run(new BufferedReader(new StringReader(script)), false);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aChannelPostGetsANudgeForItsAuthorWithNumberedButtons() throws Exception {
    String out =
        run(
            """
            #allies hey guys, before it was on
            /ally nudges on #allies
            # a comment, not a post: guys
            #allies Morning guys!
            1
            /ally as sam
            #allies Thanks everyone
            #allies what a crazy week
            """);

    assertThat(out).doesNotContain("something went wrong on my side");
    assertThat(out).contains("Nudges are on in");
    assertThat(out.split("A friendly, private nudge about", -1))
        .as("one nudge for alex's post, one for sam's")
        .hasSize(3);
    assertThat(out)
        .contains("(only alex can see this)")
        .contains("*guys*")
        .contains("[1] Thanks [2] Not helpful [3] Don't nudge me")
        .contains("Glad it helped.")
        .contains("(only sam can see this)")
        .contains("*crazy*");
  }
}
