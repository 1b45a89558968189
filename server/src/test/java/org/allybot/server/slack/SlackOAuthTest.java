package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.Keys;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OAuth installs: the "Add to Slack" page, the redirect exchanging the code, revocation. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackOAuthTest {
  static final String NEW_TEAM = "T0NEWTEAM01";
  static final WorkspaceId NEW = new WorkspaceId(Platform.SLACK, NEW_TEAM);

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS =
      SlackServerHarness.perTest(
          Map.of(
              "SLACK_BOT_TOKEN", "",
              "SLACK_CLIENT_ID", "1234567890.0987654321",
              "SLACK_CLIENT_SECRET", "oauth-client-secret-for-tests",
              "SLACK_SCOPES", "commands,chat:write,im:write,users:read"));

  private final SlackServerHarness h;

  SlackOAuthTest(SlackServerHarness h) {
    this.h = h;
  }

  private String install() throws Exception {
    HttpResponse<String> page = h.send(HttpRequest.newBuilder(h.path("/slack/install")).build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Add to Slack").contains("oauth/v2/authorize");
    Matcher state = Pattern.compile("state=([0-9a-f-]+)").matcher(page.body());
    assertThat(state.find()).isTrue();
    assertThat(page.headers().firstValue("Set-Cookie").orElse("")).contains(state.group(1));
    return state.group(1);
  }

  private HttpResponse<String> redirect(String code, String state) throws Exception {
    URI uri = h.path("/slack/oauth_redirect?code=" + code + "&state=" + state);
    return h.send(
        HttpRequest.newBuilder(uri).header("Cookie", "slack-app-oauth-state=" + state).build());
  }

  private String installation() {
    return Keys.of(NEW, "slack", "installation");
  }

  @Test
  void installingStoresTheWorkspacesTokenAndItsRequestsAreServed() throws Exception {
    String state = install();
    h.slack.oauthCode("1234567890.0987654321", "oauth-client-secret-for-tests", "code-1", NEW_TEAM);

    HttpResponse<String> done = redirect("code-1", state);

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(h.slack.count("oauth.v2.access")).isEqualTo(1);
    assertThat(h.redis.hget(installation(), "bot"))
        .as("the installation is stored, sealed: no team id or token in clear")
        .isNotBlank()
        .doesNotContain(NEW_TEAM)
        .doesNotContain("xox");
    assertThat(h.command(NEW_TEAM, "U0NEWBIE001", "help").toString())
        .contains("ephemeral")
        .contains("/ally poll");
  }

  @Test
  void aForgedStateInstallsNothing() throws Exception {
    install();
    h.slack.oauthCode("1234567890.0987654321", "oauth-client-secret-for-tests", "code-2", NEW_TEAM);

    redirect("code-2", "00000000-0000-0000-0000-000000000000");

    assertThat(h.slack.count("oauth.v2.access")).isZero();
    assertThat(h.redis.exists(installation())).isFalse();
  }

  @Test
  void forgetMeDropsTheInstallersOwnTokenAndTheWorkspaceKeepsItsBot() throws Exception {
    h.slack.oauthCode("1234567890.0987654321", "oauth-client-secret-for-tests", "code-4", NEW_TEAM);
    redirect("code-4", install());
    assertThat(h.redis.hget(installation(), "user:U0INSTALLER")).isNotNull();

    JsonNode asked = h.command(NEW_TEAM, "U0INSTALLER", "forget-me");
    JsonNode confirm =
        asked.findParents("action_id").stream()
            .filter(b -> b.path("style").asText().equals("danger"))
            .findFirst()
            .orElseThrow();
    h.post(
        SlackPayloads.blockAction(
            NEW_TEAM,
            "U0INSTALLER",
            confirm.path("action_id").asText(),
            confirm.path("value").asText(),
            h.slack.responseUrl("forget"),
            SlackServerHarness.trigger(),
            false));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> h.redis.hget(installation(), "user:U0INSTALLER") == null);
    assertThat(h.redis.hget(installation(), "bot")).isNotNull();
    assertThat(h.command(NEW_TEAM, "U0NEWBIE001", "help").toString()).contains("/ally poll");
  }

  @Test
  void revokingTheBotTokenDeletesTheInstallationAndRevokingUserTokensKeepsTheBot()
      throws Exception {
    h.slack.oauthCode("1234567890.0987654321", "oauth-client-secret-for-tests", "code-3", NEW_TEAM);
    redirect("code-3", install());
    h.redis.hset(installation(), "user:U0INSTALLER", "{\"installer_user_id\":\"U0INSTALLER\"}");

    var users = SlackPayloads.eventOf("tokens_revoked");
    users.putObject("tokens").putArray("oauth").add("U0INSTALLER");
    h.post(SlackPayloads.event(NEW_TEAM, "Ev0REVOKE01", users));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> h.redis.hget(installation(), "user:U0INSTALLER") == null);
    assertThat(h.redis.hget(installation(), "bot")).isNotNull();

    var bot = SlackPayloads.eventOf("tokens_revoked");
    bot.putObject("tokens").putArray("bot").add("U0ALLYBOT00");
    h.post(SlackPayloads.event(NEW_TEAM, "Ev0REVOKE02", bot));
    await().atMost(Duration.ofSeconds(5)).until(() -> !h.redis.exists(installation()));
  }
}
