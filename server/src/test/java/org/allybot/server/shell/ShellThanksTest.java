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

/** Recognition in the shell: thanks, the suggested sense, the recipient's yes, the channel post. */
class ShellThanksTest {
  @TempDir Path data;

  private String run(String script, Map<String, String> env) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("ALLYBOT_DATA_DIR", data.toString());
    Settings settings = Settings.from(all);
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "alex", true, "Europe/London", out)) {
      session.run(new BufferedReader(new StringReader(script)), true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).as("no internal error").doesNotContain("something went wrong on my side");
    return out;
  }

  @Test
  void publicThanksIsSuggestedConfirmedAcceptedAndPosted() throws Exception {
    String out =
        run(
            """
            /ally as sam
            /ally help
            /ally as alex
            /ally thanks channel #kudos
            /ally thanks @sam for speaking up when Ola was talked over --public
            1
            /ally as sam
            1
            /ally stats
            """,
            Map.of());

    assertThat(out)
        .contains("Public thanks will be posted in <#kudos>")
        .contains("This sounds like *Speak out* to me (because of \"speaking up\")")
        .contains("[1] Send as Speak out")
        .contains("Sent to <@sam>, filed under *Speak out*. Thank you for noticing.")
        .contains("If they agree, it will also be posted in <#kudos>.");
    assertThat(out)
        .contains("(to sam)")
        .contains("<@alex> thanked you for: speaking up when Ola was talked over")
        .contains("*Speak out*: saying something when staying quiet would have been easier.")
        .contains("[1] Yes, share it [2] Always share my thanks [3] Keep it private");
    assertThat(out)
        .contains("Shared in <#kudos>. Enjoy it: you earned it.")
        .contains("<@alex> thanked <@sam> for: speaking up when Ola was talked over")
        .contains("*Thanks you received*\nSpeak out: 1");
  }

  @Test
  void theDailyCapComesFromTheSettingAndThankingTheBotIsRefused() throws Exception {
    String out =
        run(
            """
            /ally thanks @allybot for the reminders --sense act
            /ally thanks @sam for listening --sense listen
            /ally thanks @kim for listening --sense listen
            """,
            Map.of("ALLYBOT_THANKS_PER_DAY", "1"));

    assertThat(out)
        .contains("Bots don't need thanks, though I appreciate the thought.")
        .contains("Sent to <@sam>")
        .contains(
            "You've given 1 thanks today, which is the daily limit, so this one wasn't sent.");
  }
}
