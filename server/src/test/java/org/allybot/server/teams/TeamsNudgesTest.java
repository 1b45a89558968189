package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nudges in Teams: a plain channel message (read through {@code ChannelMessage.Read.Group}) in a
 * switched-on channel gets an Adaptive Card with three buttons in the author's 1:1 chat, and
 * nothing in the channel; shared channels and bots get nothing.
 */
class TeamsNudgesTest {
  static final String CHANNEL = TeamsActivities.TEAM;

  @TempDir Path data;
  ServedTeams teams;

  @BeforeEach
  void start() throws Exception {
    teams = new ServedTeams(data);
    teams.send(teams.activities.botAddedToTeam(ServedTeams.ADMIN));
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "nudges on #" + CHANNEL));
    assertThat(texts(TeamsActivities.personalConversation(ServedTeams.ADMIN)))
        .contains("Nudges are on in");
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  private List<ConnectorCall> sendsTo(String conversationId) {
    return teams.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(conversationId) && c.succeeded())
        .toList();
  }

  private String texts(String conversationId) {
    return String.join(
        "\n",
        sendsTo(conversationId).stream().map(c -> SentCards.text(SentCards.card(c))).toList());
  }

  private static String direct(FakeMember member) {
    return "a:direct-" + member.id();
  }

  @Test
  void theAuthorGetsACardWithThreeButtonsInTheir1To1ChatAndNothingInTheChannel() throws Exception {
    FakeMember author = FakeMember.numbered(401);
    int channelPosts = sendsTo(CHANNEL).size();

    assertThat(
            teams
                .send(teams.activities.channelMessage(author, "Morning guys!", false))
                .statusCode())
        .isEqualTo(200);

    List<ConnectorCall> nudges = sendsTo(direct(author));
    assertThat(nudges).hasSize(1);
    JsonNode card = SentCards.card(nudges.getFirst());
    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(SentCards.text(card))
        .contains("A friendly, private nudge about **guys**")
        .contains("You could try: everyone, folks");
    for (String label : new String[] {"Thanks", "Not helpful", "Don't nudge me"}) {
      assertThat(SentCards.actionData(card, label).toString()).contains("guys");
    }
    assertThat(sendsTo(CHANNEL)).hasSize(channelPosts);
  }

  @Test
  void theThreeButtonsAnswerAndDontNudgeMeStopsNudges() throws Exception {
    FakeMember author = FakeMember.numbered(402);
    teams.send(teams.activities.channelMessage(author, "hey guys", false));
    JsonNode card = SentCards.card(sendsTo(direct(author)).getFirst());

    String[][] presses = {
      {"Thanks", "Glad it helped"},
      {"Not helpful", "Your feedback helps"},
      {"Don't nudge me", "no more nudges for you"}
    };
    for (String[] press : presses) {
      var answer =
          teams.send(teams.activities.execute(author, SentCards.actionData(card, press[0])));
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body() + teams.connector.calls()).as(press[0]).contains(press[1]);
    }

    int before = sendsTo(direct(author)).size();
    teams.send(teams.activities.channelMessage(author, "what a crazy week", false));
    assertThat(sendsTo(direct(author))).hasSize(before);
  }

  @Test
  void sharedChannelsAndBotsGetNoNudge() throws Exception {
    FakeMember author = FakeMember.numbered(403);
    ObjectNode shared = teams.activities.channelMessage(author, "hey guys", false);
    ((ObjectNode) shared.path("channelData").path("channel")).put("membershipType", "shared");
    FakeMember other = FakeMember.numbered(404);
    ObjectNode sharedWith = teams.activities.channelMessage(other, "hey guys", false);
    ((ObjectNode) sharedWith.path("channelData"))
        .putArray("sharedWithTeams")
        .addObject()
        .put("id", "x");
    FakeMember bot = FakeMember.numbered(405);
    ObjectNode fromBot = teams.activities.channelMessage(bot, "hey guys", false);
    ((ObjectNode) fromBot.path("from")).put("role", "bot");

    for (ObjectNode activity : new ObjectNode[] {shared, sharedWith, fromBot}) {
      assertThat(teams.send(activity).statusCode()).isEqualTo(200);
    }

    assertThat(sendsTo(direct(author))).isEmpty();
    assertThat(sendsTo(direct(other))).isEmpty();
    assertThat(sendsTo(direct(bot))).isEmpty();
  }
}
