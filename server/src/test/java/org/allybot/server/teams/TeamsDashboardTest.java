package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dashboard} in Teams: the link reaches only the admin's personal chat, and signs in. */
class TeamsDashboardTest {
  private static final Pattern LINK =
      Pattern.compile("https://allybot\\.example\\.org(/admin/login\\?token=[A-Za-z0-9_-]{43})");

  @TempDir static Path data;
  static ServedTeams teams;

  @BeforeAll
  static void start() {
    teams = new ServedTeams(data);
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  private static List<String> textsIn(String conversationId) {
    return teams.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(conversationId))
        .map(c -> SentCards.text(SentCards.card(c)))
        .toList();
  }

  @Test
  void anAdminMentioningTheBotInAChannelGetsTheLinkInTheirPersonalChatOnly() throws Exception {
    teams.send(
        teams.activities.channelMessage(ServedTeams.ADMIN, "<at>Allybot</at> dashboard", true));

    // The admin has no 1:1 chat with the bot yet, so Allybot creates one (a:direct-ID) for the
    // reply.
    String personal = String.join("\n", textsIn("a:direct-" + ServedTeams.ADMIN.id()));
    Matcher link = LINK.matcher(personal);
    assertThat(link.find()).as(personal).isTrue();
    assertThat(String.join("\n", textsIn(TeamsActivities.TEAM))).doesNotContain("token=");

    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + teams.served.port() + link.group(1)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("set-cookie").orElseThrow())
        .contains("; Secure", "; HttpOnly", "; SameSite=Strict");
  }

  @Test
  void aMemberIsToldOnlyAdminsCan() throws Exception {
    FakeMember m = FakeMember.numbered(301);

    teams.send(teams.activities.personalMessage(m, "dashboard"));

    assertThat(String.join("\n", textsIn(TeamsActivities.personalConversation(m))))
        .contains("Only Allybot admins can open the dashboard")
        .doesNotContain("token=");
  }
}
