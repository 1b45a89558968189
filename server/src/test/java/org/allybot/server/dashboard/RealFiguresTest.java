package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.Verdict;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard on figures the bot itself counted: six members joined and answered a poll, three of
 * them asked for more of a lesson. Six are shown; three read "fewer than 5".
 */
class RealFiguresTest {
  @TempDir static Path data;
  private static ServedDashboard served;
  private static String cookie;
  private static Scenario scenario;

  @BeforeAll
  static void start() throws Exception {
    served = ServedDashboard.start(data, Map.of());
    served.say(ServedDashboard.ADMIN, false, "campaign create Pilot --end 2099-12-31");
    scenario = served.runtime.bot().context().curriculum().scenarios().getFirst();
    ScenarioOption strong =
        scenario.opening().options().stream()
            .filter(o -> o.verdict() == Verdict.STRONG)
            .findFirst()
            .orElseThrow();
    var lesson =
        served.runtime.bot().context().curriculum().lessons().stream()
            .filter(l -> l.hasDeeper())
            .findFirst()
            .orElseThrow();
    for (int i = 1; i <= 6; i++) {
      String member = "member-" + i;
      served.press(member, "campaign.join", "pilot");
      served.press(
          member,
          PollMessages.ANSWER,
          new PollChoice("pilot", scenario.id(), Scenario.OPENING, strong.id()).encode());
      if (i <= 3) {
        served.press(member, "lesson.more", "pilot|" + lesson.id());
      }
    }
    cookie = served.signIn(ServedDashboard.ADMIN);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theCampaignPageShowsWhatSixDidAndHidesWhatThreeDid() throws Exception {
    String page = served.get("/admin/campaigns/pilot", cookie).body();

    assertThat(page)
        .contains("<div><dt>Taking part</dt><dd>6</dd></div>")
        .contains("<div><dt>Polls answered</dt><dd>6</dd></div>")
        .contains("<div><dt>&quot;Tell me more&quot; taps</dt><dd>fewer than 5</dd></div>");
    assertThat(page)
        .contains(
            "<tr><th scope=\"row\">"
                + Html.esc(scenario.title())
                + "</th><td data-value=\"6\">6</td><td>100%</td><td>0%</td><td>0%</td></tr>");
  }

  @Test
  void theOverviewAndTheCsvFilesCarryTheSameFigures() throws Exception {
    assertThat(served.get("/admin", cookie).body()).contains("<td>6</td>");
    assertThat(served.get("/admin/campaigns/pilot/scenarios.csv", cookie).body())
        .contains(scenario.id() + ",")
        .contains(",6,1.000,0.000,0.000\r\n");
  }
}
