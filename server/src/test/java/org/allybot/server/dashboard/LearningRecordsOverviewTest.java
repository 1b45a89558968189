package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.allybot.content.Scenario;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.testkit.xapi.FakeLrs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview counts the xAPI export's backlog when the export is on, and says nothing if not. */
class LearningRecordsOverviewTest {
  @TempDir Path data;

  @Test
  void withTheLrsDownTheOverviewCountsTheStatementsWaitingForIt() throws Exception {
    try (FakeLrs lrs = FakeLrs.start();
        ServedDashboard served =
            ServedDashboard.start(
                data,
                Map.of(
                    "ALLYBOT_PUBLIC_URL",
                    "https://allybot.example.org",
                    "ALLYBOT_XAPI_ENDPOINT",
                    lrs.endpoint(),
                    "ALLYBOT_XAPI_USERNAME",
                    FakeLrs.USERNAME,
                    "ALLYBOT_XAPI_PASSWORD",
                    FakeLrs.PASSWORD))) {
      lrs.down();
      Scenario scenario = served.runtime.bot().context().curriculum().scenarios().getFirst();
      served.press(
          "member-1",
          PollMessages.ANSWER,
          new PollChoice(
                  "", scenario.id(), Scenario.OPENING, scenario.opening().options().getFirst().id())
              .encode());
      String cookie = served.signIn(ServedDashboard.ADMIN);

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() ->
              served
                  .get("/admin", cookie)
                  .body()
                  .contains("<dt>Statements waiting for the LRS</dt><dd>1</dd>"));
      assertThat(served.get("/admin", cookie).body())
          .contains("<h2 id=\"xapi\">Learning records (xAPI)</h2>")
          .contains("<dt>Statements the LRS refused (set aside)</dt><dd>0</dd>");
    }
  }

  @Test
  void withoutTheExportTheOverviewHasNoLearningRecordsSection() throws Exception {
    try (ServedDashboard served = ServedDashboard.start(data, Map.of())) {
      String cookie = served.signIn(ServedDashboard.ADMIN);

      assertThat(served.get("/admin", cookie).body()).doesNotContain("Learning records (xAPI)");
    }
  }
}
