package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report desk in Teams, over HTTP: the form as a card, its checks, the desk's view. */
class TeamsDeskTest {
  @TempDir Path data;
  ServedTeams teams;

  @BeforeEach
  void start() {
    teams = new ServedTeams(data);
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void reportOpensACardFormWhoseSubmissionIsCheckedThenReachesTheDesk() throws Exception {
    FakeMember reporter = FakeMember.numbered(401);
    teams.send(teams.activities.personalInstallation(ServedTeams.ADMIN, "add"));
    teams.send(teams.activities.personalInstallation(reporter, "add"));
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "desk rota @" + ServedTeams.ADMIN.aadObjectId()));
    assertThat(teams.lastText(ServedTeams.ADMIN)).contains("The desk rota is now");

    teams.send(teams.activities.personalMessage(reporter, "report"));
    List<ConnectorCall> toReporter = teams.sendsTo(reporter);
    JsonNode form = SentCards.card(toReporter.get(toReporter.size() - 1));
    assertThat(form.toString()).contains("\"id\":\"what\"").contains("\"id\":\"escrow\"");

    ObjectNode empty = (ObjectNode) SentCards.actionData(form, "Send report").deepCopy();
    String again = teams.send(teams.activities.execute(reporter, empty)).body();
    assertThat(again)
        .as("the form comes back with the problem on its field")
        .contains("Tell the desk what happened");

    ObjectNode answers = (ObjectNode) SentCards.actionData(form, "Send report").deepCopy();
    answers.put("what", "My manager joked about my religion in the all-hands.");
    answers.put("hr", "yes");
    assertThat(teams.send(teams.activities.execute(reporter, answers)).body())
        .as("the form card is replaced by the reference")
        .contains("Report received: #1");
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("A new report (#1)")
        .doesNotContain("joked");

    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "desk show 1"));
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("My manager joked about my religion")
        .contains("Reporter: anonymous")
        .doesNotContain(reporter.id());

    teams.send(
        teams.activities.personalMessage(ServedTeams.ADMIN, "desk ask 1 Who else heard it?"));
    assertThat(teams.lastText(reporter)).contains("The desk asks about your report #1");
    teams.send(teams.activities.personalMessage(reporter, "report reply 1 Two teammates did."));
    assertThat(teams.lastText(reporter)).contains("Your answer is with the desk");
    assertThat(teams.lastText(ServedTeams.ADMIN)).contains("The reporter answered report #1");
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "desk show 1"));
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("Two teammates did.")
        .doesNotContain(reporter.id());
  }
}
