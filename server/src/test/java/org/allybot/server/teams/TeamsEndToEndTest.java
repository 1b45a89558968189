package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.allybot.core.store.Keys;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.UnifiedJedis;

/** The whole product in Teams, over HTTP, on the real {@code serve} wiring. */
class TeamsEndToEndTest {
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

  private static UnifiedJedis redis() {
    return teams.served.runtime().redis();
  }

  private static List<ConnectorCall> sendsTo(String conversationId) {
    return teams.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(conversationId))
        .toList();
  }

  private static ConnectorCall lastSendTo(String conversationId) {
    List<ConnectorCall> sends = sendsTo(conversationId);
    return sends.get(sends.size() - 1);
  }

  /**
   * The last card in {@code member}'s chat that mentions {@code needle}: campaign invitations go
   * through the queue and may land in the admin's chat after a direct reply.
   */
  private static JsonNode lastCardWith(FakeMember member, String needle) {
    return sendsTo(TeamsActivities.personalConversation(member)).stream()
        .map(SentCards::card)
        .filter(card -> card.toString().contains(needle))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no card with '" + needle + "'"));
  }

  @Test
  void aCommandIsAnsweredInThePersonalChat() throws Exception {
    FakeMember m = FakeMember.numbered(101);

    HttpResponse<String> response = teams.send(teams.activities.personalMessage(m, "ally help"));

    assertThat(response.statusCode()).isEqualTo(200);
    String texts =
        String.join(
            "\n",
            sendsTo(TeamsActivities.personalConversation(m)).stream()
                .map(c -> SentCards.text(SentCards.card(c)))
                .toList());
    assertThat(texts).contains("Hi, I'm Allybot").contains("ally poll");
  }

  @Test
  void aPollIsAnsweredThroughAnInvoke() throws Exception {
    FakeMember m = FakeMember.numbered(102);
    teams.send(teams.activities.personalMessage(m, "poll"));
    JsonNode poll = SentCards.card(lastSendTo(TeamsActivities.personalConversation(m)));

    HttpResponse<String> response =
        teams.send(teams.activities.execute(m, SentCards.actionData(poll, "○")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("application/json");
    JsonNode body = SentCards.json(response.body());
    assertThat(body.path("statusCode").asInt()).isEqualTo(200);
    assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(body.at("/value/version").asText()).isEqualTo("1.5");
    assertThat(SentCards.text(body.path("value"))).contains(" ✓").contains("Takeaway");
  }

  @Test
  void aFormSubmissionCreatesACampaignOrShowsItsErrors() throws Exception {
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "campaign new"));
    JsonNode form = lastCardWith(ServedTeams.ADMIN, "Create");
    ObjectNode data = (ObjectNode) SentCards.actionData(form, "Create").deepCopy();
    data.put("name", "Form made");
    data.put("start", "tomorrow-ish");

    JsonNode refused =
        SentCards.json(teams.send(teams.activities.execute(ServedTeams.ADMIN, data)).body());
    data.put("start", "");
    JsonNode created =
        SentCards.json(teams.send(teams.activities.execute(ServedTeams.ADMIN, data)).body());

    assertThat(SentCards.text(refused.path("value"))).contains("Please fix the fields");
    assertThat(SentCards.text(created.path("value"))).contains("Campaign **Form made** created");
  }

  @Test
  void installationKeepsTheReferenceWithoutNamesAndUninstallDeletesIt() throws Exception {
    FakeMember m = FakeMember.numbered(103);
    String key = Keys.of(ServedTeams.WORKSPACE, "teams", "personal", m.aadObjectId());

    assertThat(teams.send(teams.activities.personalInstallation(m, "add")).statusCode())
        .isEqualTo(200);

    String reference = redis().get(key);
    assertThat(reference).contains(TeamsActivities.personalConversation(m)).contains(m.id());
    assertThat(reference).doesNotContain(m.name());
    assertThat(redis().hget(Keys.of(ServedTeams.WORKSPACE, "teams", "accounts"), m.aadObjectId()))
        .isEqualTo(m.id());

    assertThat(teams.send(teams.activities.personalInstallation(m, "remove")).statusCode())
        .isEqualTo(200);

    assertThat(redis().get(key)).isNull();
  }

  @Test
  void aCampaignRunNowReachesMembersInTheirCreatedOneToOneChats() throws Exception {
    List<FakeMember> people =
        IntStream.rangeClosed(201, 205).mapToObj(FakeMember::numbered).toList();
    teams.connector.addMembers(TeamsActivities.TEAM, people);
    teams.send(teams.activities.botAddedToTeam(ServedTeams.ADMIN));
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "campaign create Proactive --audience #"
                + TeamsActivities.TEAM
                + " --mandatory --lessons none --polls "
                + dayWithNoPollNearNow()));
    List<String> chats = people.stream().map(p -> "a:direct-" + p.id()).toList();
    teams.connector.await(
        c -> c.kind() == Kind.SEND && chats.contains(c.conversationId()),
        5,
        Duration.ofSeconds(20));

    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "campaign run Proactive now"));

    teams.connector.await(
        c ->
            c.kind() == Kind.SEND
                && chats.contains(c.conversationId())
                // The poll; the welcome has buttons too, for the baseline survey's first question.
                && c.body().contains("What would you do?"),
        5,
        Duration.ofSeconds(20));
    assertThat(
            teams.connector.calls(Kind.CREATE_CONVERSATION).stream()
                .filter(c -> people.stream().anyMatch(p -> c.body().contains(p.id()))))
        .as("one 1:1 conversation created per member, once")
        .hasSize(5);
    for (String chat : chats) {
      List<String> summaries =
          sendsTo(chat).stream()
              .map(c -> c.body().replaceAll("(?s).*\"summary\":\"([^\"]*)\".*", "$1"))
              .toList();
      assertThat(summaries).hasSize(2);
      assertThat(summaries.getFirst()).startsWith("Where you are with allyship today");
      assertThat(summaries.getLast()).startsWith("What would you do? ");
    }
  }

  /**
   * Polls only on the weekday three days ahead: no poll time falls within the scheduler's grace
   * window of now in any member's zone, so it has nothing to catch up and only the run sends one.
   */
  private static String dayWithNoPollNearNow() {
    return LocalDate.now(ZoneOffset.UTC)
        .plusDays(3)
        .getDayOfWeek()
        .getDisplayName(TextStyle.SHORT, Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void aRepeatedActivityIsHandledOnce() throws Exception {
    FakeMember m = FakeMember.numbered(104);
    ObjectNode message = teams.activities.personalMessage(m, "stats");
    teams.send(message);
    int before = sendsTo(TeamsActivities.personalConversation(m)).size();

    assertThat(teams.send(message).statusCode()).isEqualTo(200);

    assertThat(sendsTo(TeamsActivities.personalConversation(m))).hasSize(before);
  }

  @Test
  void theTermsPageIsServed() throws Exception {
    HttpResponse<String> terms = teams.get("/terms");

    assertThat(terms.statusCode()).isEqualTo(200);
    assertThat(terms.body()).contains("Allybot terms of use").contains("/privacy");
  }

  @Test
  void onlyAnAdminsConfirmedPurgeDeletesATenantsData() throws Exception {
    String tenant = "cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    var ws = new org.allybot.core.WorkspaceId(org.allybot.core.Platform.TEAMS, tenant);
    var other = new TeamsActivities(teams.connector.serviceUrl(), ServedTeams.APP_ID, tenant);
    FakeMember member = FakeMember.numbered(401);
    teams.send(other.personalInstallation(member, "add"));
    teams.send(other.personalMessage(ServedTeams.ADMIN, "campaign create Doomed"));
    teams.send(other.botAddedToTeam(ServedTeams.ADMIN));
    teams.send(other.botRemovedFromTeam(ServedTeams.ADMIN));
    assertThat(redis().keys(Keys.workspacePattern(ws)))
        .as("removal from a team is not a purge")
        .isNotEmpty();
    // The campaign's invitations go through the queue: let them land (and be marked sent) before
    // the purge, as they would long before an admin purged. A purge racing a send in flight can
    // still leave that send's mark behind (the closing note of 2026-12-08 says so).
    assertThat(teams.served.runtime().worker().awaitIdle(Duration.ofSeconds(30))).isTrue();

    teams.send(other.personalMessage(ServedTeams.ADMIN, "admin purge"));
    JsonNode ask = lastCardWith(ServedTeams.ADMIN, "Delete everything");
    JsonNode member401 =
        SentCards.json(
            teams
                .send(other.execute(member, SentCards.actionData(ask, "Delete everything")))
                .body());
    assertThat(redis().keys(Keys.workspacePattern(ws))).as("members cannot purge").isNotEmpty();
    JsonNode done =
        SentCards.json(
            teams
                .send(
                    other.execute(
                        ServedTeams.ADMIN, SentCards.actionData(ask, "Delete everything")))
                .body());

    assertThat(member401.path("value").asText()).startsWith("Only Allybot admins");
    assertThat(
            sendsTo(TeamsActivities.personalConversation(member)).stream()
                .map(c -> SentCards.text(SentCards.card(c))))
        .anyMatch(text -> text.startsWith("Only Allybot admins"));
    assertThat(SentCards.text(done.path("value"))).contains("is deleted");
    assertThat(redis().keys(Keys.workspacePattern(ws))).isEmpty();
    assertThat(redis().keys(Keys.workspacePattern(ServedTeams.WORKSPACE)))
        .as("other tenants keep theirs")
        .isNotEmpty();
  }
}
