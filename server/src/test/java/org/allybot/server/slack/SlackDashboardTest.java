package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /ally dashboard} in Slack: the link comes back to the admin alone, and signs in. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackDashboardTest {
  private static final Pattern LINK = Pattern.compile("(/admin/login\\?token=[A-Za-z0-9_-]{43})");

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackDashboardTest(SlackServerHarness h) {
    this.h = h;
  }

  /**
   * The private answer to a slash command, once it says {@code expected}: in the ack, or (when the
   * core takes longer than the ack budget on a busy machine) in posts to the command's
   * response_url, all of them ephemeral.
   */
  private String privateReply(String user, String text, String expected) throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.command(
                FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger()));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode ack = r.body().isBlank() ? null : SlackServerHarness.json(r.body());
    if (ack != null && ack.toString().contains(expected)) {
      assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
      return ack.toString();
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> posted().contains(expected));
    assertThat(h.slack.calls("response_url"))
        .allSatisfy(c -> assertThat(c.param("response_type")).isEqualTo("ephemeral"));
    return posted();
  }

  private String posted() {
    return String.join(
        "\n", h.slack.calls("response_url").stream().map(c -> c.param("blocks")).toList());
  }

  @Test
  void anAdminGetsAnEphemeralLinkThatSignsThemIn() throws Exception {
    String reply = privateReply(ADMIN, "dashboard", "token=");

    Matcher link = LINK.matcher(reply);
    assertThat(link.find()).as(reply).isTrue();
    HttpResponse<String> login = h.send(HttpRequest.newBuilder(h.path(link.group(1))).build());
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("location")).contains("/admin");
  }

  @Test
  void aMemberIsToldOnlyAdminsCan() throws Exception {
    assertThat(privateReply(MEMBER, "dashboard", "Only Allybot admins"))
        .contains("Only Allybot admins can open the dashboard")
        .doesNotContain("token=");
  }
}
