package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.member.Member;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Installation, channels and threads, private replies, time zones, repeated activities. */
@ExtendWith(EmbeddedRedisExtension.class)
class ConversationsTest {
  static final FakeMember SAM = FakeMember.numbered(7);
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  ConversationsTest(TeamsHarness h) {
    this.h = h;
  }

  private List<String> sentTexts(String conversationId) {
    return h.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(conversationId))
        .map(c -> SentCards.text(SentCards.card(c)))
        .toList();
  }

  @Test
  void installingForOneselfKeepsTheReferenceAndWelcomesOnce() {
    h.send(h.activities.personalInstallation(TeamsHarness.ALEX, "add"));
    h.send(h.activities.personalInstallation(TeamsHarness.ALEX, "add"));

    assertThat(h.store.personal(TeamsHarness.user(TeamsHarness.ALEX))).isPresent();
    assertThat(h.store.account(TeamsHarness.user(TeamsHarness.ALEX)))
        .contains(TeamsHarness.ALEX.id());
    List<String> texts = sentTexts(TeamsActivities.personalConversation(TeamsHarness.ALEX));
    assertThat(String.join("\n", texts)).contains("Hi, I'm Allybot").contains("ally poll");
    assertThat(texts.stream().filter(t -> t.contains("Hi, I'm Allybot"))).hasSize(1);
  }

  @Test
  void uninstallingForOneselfDeletesThatPersonsReferences() {
    h.send(h.activities.personalInstallation(TeamsHarness.ALEX, "add"));

    h.send(h.activities.personalInstallation(TeamsHarness.ALEX, "remove"));

    assertThat(h.store.personal(TeamsHarness.user(TeamsHarness.ALEX))).isEmpty();
    assertThat(h.store.account(TeamsHarness.user(TeamsHarness.ALEX))).isEmpty();
    assertThatThrownBy(() ->
            h.teams
                .platform()
                .send(
                    new Recipient(
                        TeamsHarness.WORKSPACE,
                        TeamsActivities.personalConversation(TeamsHarness.ALEX)),
                    Message.text("still there?")))
        .isInstanceOf(DeliveryException.Permanent.class);
  }

  @Test
  void addingTheBotToATeamKeepsTheTeamAndWelcomesItOnce() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));

    assertThat(h.store.conversation(TeamsHarness.WORKSPACE, TeamsActivities.TEAM)).isPresent();
    assertThat(h.store.serviceUrl(TeamsHarness.WORKSPACE)).contains(h.connector.serviceUrl());
    assertThat(sentTexts(TeamsActivities.TEAM))
        .singleElement()
        .asString()
        .contains("Hi, I'm Allybot")
        .contains("Mention me with **help**");
  }

  @Test
  void removingTheBotFromATeamDeletesTheTeamsData() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.send(h.activities.channelMessage(TeamsHarness.ALEX, "hello all", false));
    h.say(TeamsHarness.ALEX, "stats");

    h.send(h.activities.botRemovedFromTeam(TeamsHarness.ADMIN));

    assertThat(h.store.conversation(TeamsHarness.WORKSPACE, TeamsActivities.TEAM)).isEmpty();
    assertThat(h.store.teams).isEmpty();
    assertThat(h.bot.context().members().find(TeamsHarness.user(TeamsHarness.ALEX)))
        .as("a tenant's data goes only with an admin's purge")
        .isPresent();
  }

  @Test
  void aCommandInAChannelIsAnsweredPrivately() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.clearCalls();

    h.send(h.activities.channelMessage(TeamsHarness.ALEX, "ally help", true));

    assertThat(h.connector.calls(Kind.CREATE_CONVERSATION)).hasSize(1);
    String direct = "a:direct-" + TeamsHarness.ALEX.id();
    assertThat(String.join("\n", sentTexts(direct))).contains("ally poll");
    assertThat(h.connector.calls(Kind.SEND).stream().map(ConnectorCall::conversationId))
        .containsOnly(direct);
    assertThat(h.connector.calls(Kind.REPLY)).isEmpty();
  }

  @Test
  void whenNoPrivateChatCanBeOpenedTheChannelThreadSaysSo() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.failNext(
        org.allybot.testkit.teams.InjectedFailure.status(403).on(Kind.CREATE_CONVERSATION));

    h.send(h.activities.channelMessage(TeamsHarness.ALEX, "help", true));

    List<ConnectorCall> replies = h.connector.calls(Kind.REPLY);
    assertThat(replies).hasSize(1);
    assertThat(SentCards.json(replies.get(0).body()).path("text").asText())
        .isEqualTo(TurnReplies.unreachable(org.allybot.core.language.Messages.english()));
  }

  @Test
  void theNoteThatNoPrivateChatCouldBeOpenedIsInTheMembersTeamsLanguage() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.failNext(
        org.allybot.testkit.teams.InjectedFailure.status(403).on(Kind.CREATE_CONVERSATION));
    var message = h.activities.channelMessage(TeamsHarness.ALEX, "help", true);
    message.put("locale", "es-MX");

    h.send(message);

    assertThat(SentCards.json(h.connector.calls(Kind.REPLY).get(0).body()).path("text").asText())
        .startsWith("No he podido responderte en privado.");
  }

  @Test
  void aThreadReplyWithoutMentionIsNotACommand() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.clearCalls();

    TeamsResponse response =
        h.send(h.activities.threadReply(TeamsHarness.ALEX, "1600000000001", "help"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(h.connector.calls(Kind.SEND)).isEmpty();
    assertThat(h.connector.calls(Kind.CREATE_CONVERSATION)).isEmpty();
  }

  @Test
  void mentionsOfPeopleBecomeTheirAadIds() {
    h.connector.addMembers(TeamsActivities.TEAM, List.of(SAM));
    ObjectNode add =
        h.activities.channelMessage(TeamsHarness.ADMIN, "admin add <at>Sam</at>", true);
    ObjectNode mention =
        ((com.fasterxml.jackson.databind.node.ArrayNode) add.get("entities")).addObject();
    mention.put("type", "mention").put("text", "<at>Sam</at>");
    mention.putObject("mentioned").put("id", SAM.id()).put("name", "Sam");

    h.send(add);

    assertThat(h.bot.context().admins().list(TeamsHarness.WORKSPACE))
        .containsExactly(SAM.aadObjectId());
  }

  @Test
  void aMemberJoiningTheTeamIsInvitedToItsChannelCampaign() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.addMembers(TeamsActivities.TEAM, List.of(TeamsHarness.ADMIN));
    h.say(TeamsHarness.ADMIN, "campaign create Pilot --audience #" + TeamsActivities.TEAM);
    h.outbox.clear();

    h.send(h.activities.memberAddedToTeam(SAM));

    assertThat(h.outbox)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.kind()).isEqualTo(Delivery.Kind.INVITE);
          assertThat(d.userId()).isEqualTo(SAM.aadObjectId());
        });
    assertThat(h.store.account(TeamsHarness.user(SAM))).contains(SAM.id());
  }

  @Test
  void theTimeZoneComesFromTheClient() {
    ObjectNode hello = h.activities.personalMessage(TeamsHarness.ALEX, "stats");
    hello
        .putArray("entities")
        .addObject()
        .put("type", "clientInfo")
        .put("timezone", "Europe/Berlin");
    h.send(hello);
    ObjectNode later = h.activities.personalMessage(TeamsHarness.ALEX, "stats");
    later.put("localTimezone", "Asia/Tokyo");
    h.send(later);

    assertThat(h.bot.context().members().find(TeamsHarness.user(TeamsHarness.ALEX)))
        .map(Member::timeZone)
        .contains("Asia/Tokyo");
  }

  @Test
  void aRepeatedMessageIsAnsweredOnce() {
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "stats");
    h.send(message);
    int after = h.connector.calls(Kind.SEND).size();

    TeamsResponse again = h.send(message);

    assertThat(again.status()).isEqualTo(200);
    assertThat(h.connector.calls(Kind.SEND)).hasSize(after);
  }

  @Test
  void anActivityThatFailedIsHandledWhenTeamsSendsItAgain() {
    h.store.failNextWrite = true;
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "stats");

    TeamsResponse failed = h.send(message);
    TeamsResponse retried = h.send(message);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).doesNotContain("stats");
    assertThat(retried.status()).isEqualTo(200);
    assertThat(h.connector.calls(Kind.SEND)).isNotEmpty();
  }
}
