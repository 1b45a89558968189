package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import java.time.Duration;
import java.util.List;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Recipient;
import org.allybot.core.message.Message;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.InjectedFailure;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbound side: what the delivery engine's calls become at the Bot Connector. */
@ExtendWith(EmbeddedRedisExtension.class)
class TeamsPlatformTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;
  private final ChatPlatform teams;

  TeamsPlatformTest(TeamsHarness h) {
    this.h = h;
    this.teams = h.teams.platform();
  }

  @BeforeEach
  void addTheBotToATeam() {
    h.send(h.activities.botAddedToTeam(TeamsHarness.ADMIN));
    h.connector.clearCalls();
  }

  private Recipient channel() {
    return new Recipient(TeamsHarness.WORKSPACE, TeamsActivities.TEAM);
  }

  @Test
  void sendsACardToAChannelWithTheTokenFromTheConfiguredEndpoint() throws Exception {
    MessageRef ref = teams.send(channel(), Message.text("Weekly digest"));

    ConnectorCall call = h.connector.calls(Kind.SEND).get(0);
    assertThat(call.conversationId()).isEqualTo(TeamsActivities.TEAM);
    assertThat(call.authorization()).startsWith("Bearer fake-access-token-");
    assertThat(call.tenantId()).isEqualTo(TeamsHarness.TENANT);
    assertThat(SentCards.text(SentCards.card(call))).isEqualTo("Weekly digest");
    assertThat(SentCards.json(call.body()).has("replyToId")).isFalse();
    assertThat(ref.messageId()).isNotEmpty();
  }

  @Test
  void theTokenIsFetchedOnceAndReused() throws Exception {
    teams.send(channel(), Message.text("one"));
    teams.send(channel(), Message.text("two"));

    assertThat(h.connector.calls(Kind.TOKEN)).as("the welcome's token is still good").isEmpty();
    assertThat(h.connector.calls(Kind.SEND))
        .extracting(ConnectorCall::authorization)
        .containsOnly(h.connector.calls(Kind.SEND).get(0).authorization());
  }

  @Test
  void postsIntoAThreadAndUpdatesAMessage() throws Exception {
    MessageRef ref =
        teams.send(
            new Recipient(TeamsHarness.WORKSPACE, TeamsActivities.TEAM, "1700000000123"),
            Message.text("in the thread"));
    teams.update(ref, Message.text("changed"));

    assertThat(h.connector.calls(Kind.SEND).get(0).conversationId())
        .isEqualTo(TeamsActivities.TEAM + ";messageid=1700000000123");
    ConnectorCall update = h.connector.calls(Kind.UPDATE).get(0);
    assertThat(update.activityId()).isEqualTo(ref.messageId());
    assertThat(SentCards.text(SentCards.card(update))).isEqualTo("changed");
  }

  @Test
  void opensADirectConversationOnceAndKeepsItsReference() throws Exception {
    FakeMember sam = FakeMember.numbered(7);
    h.connector.addMembers(TeamsActivities.TEAM, List.of(sam));
    teams.channelMembers(TeamsHarness.WORKSPACE, TeamsActivities.TEAM);

    Recipient first = teams.openDirect(TeamsHarness.user(sam));
    Recipient second = teams.openDirect(TeamsHarness.user(sam));
    teams.send(first, Message.text("hello"));

    assertThat(first).isEqualTo(second);
    List<ConnectorCall> created = h.connector.calls(Kind.CREATE_CONVERSATION);
    assertThat(created).hasSize(1);
    var params = SentCards.json(created.get(0).body());
    assertThat(params.path("members").path(0).path("id").asText()).isEqualTo(sam.id());
    assertThat(params.path("tenantId").asText()).isEqualTo(TeamsHarness.TENANT);
    assertThat(params.path("bot").path("id").asText()).isEqualTo("28:" + TeamsHarness.APP_ID);
    assertThat(h.connector.calls(Kind.SEND).get(0).conversationId())
        .isEqualTo(first.conversationId());
    assertThat(h.store.personal(TeamsHarness.user(sam))).isPresent();
  }

  @Test
  void aMembersEmailIsAskedInTheirDirectConversationOnceAndNeverForAStranger() throws Exception {
    FakeMember sam = FakeMember.numbered(7);
    h.connector.addMembers(TeamsActivities.TEAM, List.of(sam));
    teams.channelMembers(TeamsHarness.WORKSPACE, TeamsActivities.TEAM);
    Recipient direct = teams.openDirect(TeamsHarness.user(sam));
    h.connector.addMembers(direct.conversationId(), List.of(sam));
    h.connector.memberEmail(sam.id(), "sam@example.com");
    MemberEmails emails = (MemberEmails) teams;

    assertThat(emails.emailOf(TeamsHarness.user(sam))).contains("sam@example.com");
    assertThat(emails.emailOf(TeamsHarness.user(sam))).contains("sam@example.com");
    assertThat(emails.emailOf(TeamsHarness.user(FakeMember.numbered(99)))).isEmpty();

    assertThat(h.connector.calls(Kind.MEMBER))
        .singleElement()
        .extracting(ConnectorCall::conversationId)
        .isEqualTo(direct.conversationId());
  }

  @Test
  void aMemberTeamsNeverIntroducedCannotBeReached() {
    assertThatThrownBy(() -> teams.openDirect(TeamsHarness.user(FakeMember.numbered(99))))
        .isInstanceOf(DeliveryException.Permanent.class);
    assertThat(h.connector.calls(Kind.CREATE_CONVERSATION)).isEmpty();
  }

  @Test
  void listsEveryMemberPageByPage() throws Exception {
    List<FakeMember> people =
        java.util.stream.IntStream.rangeClosed(10, 14).mapToObj(FakeMember::numbered).toList();
    h.connector.addMembers(TeamsActivities.TEAM, people);
    h.connector.pageSize(2);

    List<String> ids = teams.channelMembers(TeamsHarness.WORKSPACE, TeamsActivities.TEAM);

    assertThat(ids)
        .containsExactlyElementsOf(people.stream().map(FakeMember::aadObjectId).toList());
    assertThat(h.connector.calls(Kind.MEMBERS_PAGE)).hasSize(3);
    assertThat(h.store.account(TeamsHarness.user(people.get(4)))).contains(people.get(4).id());
  }

  @Test
  void theSdksOwnPagingCannotPassAContinuationToken() throws Exception {
    var client = new RestConnectorClient(h.connector.serviceUrl(), MicrosoftAppCredentials.empty());
    assertThatThrownBy(() ->
            client
                .getConversations()
                .getConversationPagedMembers(TeamsActivities.TEAM, "page-2")
                .get())
        .as("Retrofit refuses the SDK's templated query string; MemberPages works around it")
        .hasStackTraceContaining("query string");
  }

  @Test
  void a429WithRetryAfterIsARateLimit() {
    h.connector.failNext(InjectedFailure.tooManyRequests(3));

    assertThatThrownBy(() -> teams.send(channel(), Message.text("x")))
        .isInstanceOfSatisfying(
            DeliveryException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
  }

  @Test
  void retryableStatusesWithoutRetryAfterAreTransientAndNotRetriedByTheSdk() {
    for (int status : new int[] {429, 412, 500, 502, 503, 504}) {
      h.connector.clearCalls();
      h.connector.failNext(InjectedFailure.status(status));

      assertThatThrownBy(() -> teams.send(channel(), Message.text("x")))
          .as("status " + status)
          .isInstanceOf(DeliveryException.Transient.class);
      assertThat(h.connector.calls(Kind.SEND))
          .as("the SDK retried %s on its own", status)
          .hasSize(1);
    }
  }

  @Test
  void messageWritesBlockedIsPermanent() {
    h.connector.failNext(InjectedFailure.messageWritesBlocked());

    assertThatThrownBy(() -> teams.send(channel(), Message.text("x")))
        .isInstanceOf(DeliveryException.Permanent.class)
        .hasMessageContaining("MessageWritesBlocked");
  }

  @Test
  void otherRefusalsArePermanent() {
    h.connector.failNext(InjectedFailure.status(404));
    assertThatThrownBy(() -> teams.send(channel(), Message.text("x")))
        .isInstanceOf(DeliveryException.Permanent.class);
    h.connector.failNext(InjectedFailure.status(400));
    assertThatThrownBy(() -> teams.send(channel(), Message.text("x")))
        .isInstanceOf(DeliveryException.Permanent.class);
  }

  @Test
  void aConversationAllybotIsNotInIsPermanent() {
    assertThatThrownBy(
            () -> teams.send(new Recipient(TeamsHarness.WORKSPACE, "a:nobody"), Message.text("x")))
        .isInstanceOf(DeliveryException.Permanent.class);
  }

  @Test
  void anUnreachableConnectorIsTransient() {
    String dead = "http://127.0.0.1:" + org.allybot.testkit.EmbeddedRedisExtension.freePort() + "/";
    h.store.saveServiceUrl(TeamsHarness.WORKSPACE, dead);

    assertThatThrownBy(() ->
            teams.send(
                new Recipient(TeamsHarness.WORKSPACE, "19:elsewhere@thread.tacv2"),
                Message.text("x")))
        .isInstanceOf(DeliveryException.Transient.class);
  }

  @Test
  void wrongAppCredentialsArePermanent() {
    TeamsConfig wrong =
        new TeamsConfig(
            TeamsHarness.APP_ID,
            "not-the-password",
            TeamsHarness.TENANT,
            h.config.openIdMetadataUrl(),
            h.config.tokenUrl(),
            false);
    ChatPlatform misconfigured = TeamsConnector.create(wrong, h.store, h.seen).platform();

    assertThatThrownBy(() -> misconfigured.send(channel(), Message.text("x")))
        .isInstanceOf(DeliveryException.Permanent.class)
        .hasMessageContaining("token endpoint refused");
  }

  @Test
  void aCampaignsDigestGoesToItsChannel() throws Exception {
    h.say(TeamsHarness.ADMIN, "campaign create Pilot --digest fri@16:00 #" + TeamsActivities.TEAM);
    var campaign = h.bot.context().campaigns().all(TeamsHarness.WORKSPACE).get(0);
    var digest =
        org.allybot.core.delivery.Delivery.toChannel(
            "digest-1",
            TeamsHarness.WORKSPACE,
            campaign.digestChannel(),
            org.allybot.core.delivery.Delivery.Kind.DIGEST,
            java.util.Map.of("campaign", campaign.id()));
    var composed = (org.allybot.core.delivery.Composed.Send) h.bot.composer().compose(digest);
    h.connector.clearCalls();

    teams.send(new Recipient(TeamsHarness.WORKSPACE, campaign.digestChannel()), composed.message());

    ConnectorCall post = h.connector.calls(Kind.SEND).get(0);
    assertThat(post.conversationId()).isEqualTo(TeamsActivities.TEAM);
    assertThat(SentCards.text(SentCards.card(post))).contains("Pilot");
  }
}
