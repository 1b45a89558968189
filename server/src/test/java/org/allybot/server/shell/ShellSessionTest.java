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
            /ally campaign create Pilot --polls mon,tue,wed,thu,fri,sat,sun@09:30
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
    assertThat(out).containsPattern("\\] [^\\n]+ ✓\\n").contains("*Takeaway:*");
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
            /ally campaign create Pilot --mandatory --polls mon,tue,wed,thu,fri,sat,sun@09:30
            /ally campaign run Pilot now
            /ally as sam
            1
            /ally stats
            /ally campaign list
            """);

    assertThat(out).contains("(you are now sam)").contains("(to sam)");
    assertThat(out).contains("Sending a poll from *Pilot* to 2 member(s) now.");
    assertThat(out.substring(out.lastIndexOf("sam> 1"))).containsPattern("\\] [^\\n]+ ✓\\n");
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

  @Test
  void theCommunityFlowRunsInTheShellFromAnAnonymousAskToItsResolution() throws Exception {
    String out =
        run(
            "alex",
            true,
            """
            /ally community set #allies
            /ally ask
            A teammate keeps joking about a colleague's accent in meetings and everyone laughs.

            2

            /ally as sam
            /ally advise 1 Ask your colleague first how they feel and what they would like. --anonymous
            /ally as alex
            /ally followup 1 Thank you, I will ask them first.
            /ally as kim
            /ally helpful 2
            /ally as alex
            /ally resolve 1 I asked my colleague, then spoke to my teammate privately. --feature
            """);

    assertThat(out).contains("The community channel is now <#allies>.");
    assertThat(out)
        .contains("? The situation: what happened? (no names needed) (required)")
        .contains("? Post anonymously? [yes/no] (default: yes)");
    assertThat(out)
        .contains("[#allies] == #1 An ally asks… ==")
        .contains("Asked anonymously · Looking for: a second opinion · Senses: Speak out")
        .contains("Your question is posted in <#allies> as #1, anonymously");
    assertThat(out)
        .contains("[#allies, thread] *Ally 1* · #2 · advice on #1")
        .contains("(to alex)\nNew advice on your question #1 in <#allies>, from Ally 1 (post #2):")
        .contains("as *Ally 1* (#2). The asker has been told.");
    assertThat(out).contains("[#allies, thread] *Asker* · #3 · follow-up on #1");
    assertThat(out).contains("Marked #2 as helpful.");
    assertThat(out)
        .contains("[#allies, thread] *Asker* marked #1 resolved.")
        .contains("*What I did:* I asked my colleague, then spoke to my teammate privately.")
        .contains("[#allies, edited] == #1 An ally asks… (resolved) ==")
        .contains("The weekly digest may feature it, without any names.");
    for (String post : out.split("\n\n")) {
      if (post.contains("[#allies")) {
        assertThat(post.substring(post.indexOf("[#allies"))).doesNotContain("alex");
      }
    }
  }

  @Test
  void aFormWithAMistakeIsAskedAgainForThatFieldOnly() throws Exception {
    String out =
        run(
            "alex",
            true,
            """
            /ally community set #allies
            /ally ask



            maybe
            no
            /ally ask
            Someone asked me not to call them "guys".
            /cancel
            """);

    assertThat(out).contains("(situation: Describe the situation: a sentence or two is enough.)");
    assertThat(out).contains("(anonymous: Answer yes or no.)");
    assertThat(out).contains("(form cancelled)");
    assertThat(out).doesNotContain("An ally asks");
  }

  @Test
  void aSurveyIsAnsweredByNumberAndItsFreeTextOnTheNextLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "alex", true, "UTC", out)) {
      session.run(
          new BufferedReader(
              new StringReader(
                  "/ally campaign create Pilot --surveys baseline,feedback --end "
                      + today
                      + " --polls mon,tue,wed,thu,fri,sat,sun@00:00\n1\n4\n6\n/ally survey\n")),
          true);
      session.runtime().bot().sendDueSurveys();
      session.runtime().worker().awaitIdle(java.time.Duration.ofSeconds(5));
      session.run(
          new BufferedReader(
              new StringReader("1\nThe weekly polls helped.\n/ally campaign report Pilot\n")),
          true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).doesNotContain("something went wrong on my side");
    assertThat(out)
        .contains("Question 1 of 7 · Pilot")
        .contains("[1] 1 · Strongly disagree [2] 2 · Disagree")
        .contains("Question 2 of 7")
        .contains("Question 3 of 7")
        .contains("*Where you are with allyship today* for Pilot: 2 of 7 answered");
    assertThat(out)
        .contains("[1] Write my answer")
        .contains("? What helped you most during this campaign, and why? (required)")
        .contains("Question 2 of 2");
    assertThat(out)
        .contains("== Campaign report: Pilot ==")
        .contains("What helped you most during this campaign, and why? (at the end): fewer than 5");
  }
}
