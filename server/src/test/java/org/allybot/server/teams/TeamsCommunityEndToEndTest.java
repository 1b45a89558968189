package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.community.CommunityStore;
import org.allybot.core.community.Question;
import org.allybot.core.community.ThreadReply;
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
 * The community in Teams, over HTTP: a question asked with the form is posted to the community
 * channel, and replies typed in its thread, which the bot receives without being mentioned
 * (resource-specific consent {@code ChannelMessage.Read.Group}), count as advice and reach the
 * asker in their 1:1 chat.
 */
class TeamsCommunityEndToEndTest {
  static final String CHANNEL = TeamsActivities.TEAM;

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

  private List<ConnectorCall> sendsTo(String conversationId) {
    return teams.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(conversationId) && c.succeeded())
        .toList();
  }

  private String textsIn(String conversationId) {
    return String.join(
        "\n",
        sendsTo(conversationId).stream().map(c -> SentCards.text(SentCards.card(c))).toList());
  }

  @Test
  void aReplyInTheQuestionsThreadCountsAsAdviceAndTheAskerHearsPrivately() throws Exception {
    FakeMember asker = FakeMember.numbered(301);
    FakeMember adviser = FakeMember.numbered(302);
    FakeMember another = FakeMember.numbered(303);
    teams.connector.addMembers(CHANNEL, List.of(ServedTeams.ADMIN, asker, adviser, another));
    teams.send(teams.activities.botAddedToTeam(ServedTeams.ADMIN));
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "community set #" + CHANNEL));
    assertThat(textsIn(TeamsActivities.personalConversation(ServedTeams.ADMIN)))
        .contains("The community channel is now");

    teams.send(teams.activities.personalInstallation(asker, "add"));
    teams.send(teams.activities.personalMessage(asker, "ask"));
    String askerChat = TeamsActivities.personalConversation(asker);
    List<ConnectorCall> toAsker = sendsTo(askerChat);
    JsonNode form = SentCards.card(toAsker.get(toAsker.size() - 1));
    ObjectNode answers = (ObjectNode) SentCards.actionData(form, "Post").deepCopy();
    answers.put("situation", "A colleague keeps being talked over in stand-ups.");
    answers.put("anonymous", "yes");
    teams.send(teams.activities.execute(asker, answers));

    List<ConnectorCall> inChannel = sendsTo(CHANNEL);
    ConnectorCall question = inChannel.get(inChannel.size() - 1);
    assertThat(SentCards.text(SentCards.card(question))).contains("talked over in stand-ups");
    String root = question.postedId();
    int channelPosts = inChannel.size();

    assertThat(
            teams
                .send(
                    teams.activities.threadReply(adviser, root, "Try naming it: let them finish."))
                .statusCode())
        .isEqualTo(200);
    ObjectNode withoutReplyTo =
        teams.activities.threadReply(another, root, "Ask them how they want support.");
    withoutReplyTo.remove("replyToId");
    assertThat(teams.send(withoutReplyTo).statusCode()).isEqualTo(200);

    WorkspaceId ws = new WorkspaceId(Platform.TEAMS, ServedTeams.TENANT);
    CommunityStore store = teams.served.runtime().bot().context().community().store();
    int number = store.questionAt(ws, root).orElseThrow();
    Question asked = (Question) store.post(ws, number).orElseThrow();
    assertThat(store.replies(ws, asked.number()))
        .extracting(ThreadReply::kind, ThreadReply::text)
        .containsExactly(
            tuple(ThreadReply.Kind.THREAD_REPLY, "Try naming it: let them finish."),
            tuple(ThreadReply.Kind.THREAD_REPLY, "Ask them how they want support."));
    assertThat(textsIn(askerChat))
        .contains("New advice on your question #" + asked.number())
        .contains("Try naming it: let them finish.")
        .contains("Ask them how they want support.");
    assertThat(textsIn("a:direct-" + adviser.id()))
        .as("the adviser's thanks come privately, in a 1:1 chat the bot opened")
        .contains("your reply counts as advice on #" + asked.number());
    assertThat(sendsTo(CHANNEL))
        .as("the replies are in the thread already: nothing is posted again")
        .hasSize(channelPosts);
  }
}
