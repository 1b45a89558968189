package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code /ally dashboard} in Slack: the link comes back to the admin alone, and signs in. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackDashboardTest {
  private static final Pattern LINK = Pattern.compile("(/admin/login\\?token=[A-Za-z0-9_-]{43})");

  @TempDir Path data;
  private SlackServerHarness h;

  @BeforeEach
  void start(RedisEndpoint redis) {
    h = SlackServerHarness.start(redis, data, Map.of());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private JsonNode slash(String user, String text) throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.command(
                FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger()));
    assertThat(r.statusCode()).isEqualTo(200);
    return SlackServerHarness.json(r.body());
  }

  @Test
  void anAdminGetsAnEphemeralLinkThatSignsThemIn() throws Exception {
    JsonNode reply = slash(ADMIN, "dashboard");

    assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
    Matcher link = LINK.matcher(reply.toString());
    assertThat(link.find()).as(reply.toString()).isTrue();
    HttpResponse<String> login = h.send(HttpRequest.newBuilder(h.path(link.group(1))).build());
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("location")).contains("/admin");
  }

  @Test
  void aMemberIsToldOnlyAdminsCan() throws Exception {
    JsonNode reply = slash(MEMBER, "dashboard");

    assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(reply.toString())
        .contains("Only Allybot admins can open the dashboard")
        .doesNotContain("token=");
  }
}
