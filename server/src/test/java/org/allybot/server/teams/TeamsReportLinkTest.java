package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In Teams, {@code report} sends the form card and, in the 1:1 chat, the link to it as a page. */
class TeamsReportLinkTest {
  private static final Pattern LINK = Pattern.compile("/desk/report\\?token=([A-Za-z0-9_-]{43})");

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
  void reportSendsTheCardAndAPrivateLinkThatOpensTheFormOnTheServer() throws Exception {
    FakeMember reporter = FakeMember.numbered(402);
    teams.send(teams.activities.personalInstallation(reporter, "add"));

    teams.send(teams.activities.personalMessage(reporter, "report"));

    String chat = TeamsActivities.personalConversation(reporter);
    List<String> sent =
        teams.connector.calls(Kind.SEND).stream()
            .filter(c -> c.conversationId().equals(chat) && c.succeeded())
            .map(ConnectorCall::body)
            .toList();
    assertThat(sent).anyMatch(b -> b.contains("\"id\":\"what\""));
    String offer = sent.stream().filter(b -> LINK.matcher(b).find()).findFirst().orElseThrow();
    assertThat(offer).contains("works once, for 10 minutes");
    Matcher link = LINK.matcher(offer);
    assertThat(link.find()).isTrue();
    var page = teams.get("/desk/report?token=" + link.group(1));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Confidential report</h1>");
  }
}
