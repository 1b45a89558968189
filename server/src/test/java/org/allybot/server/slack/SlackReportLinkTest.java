package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.MEMBER;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In Slack, {@code /ally report} opens the modal and privately offers the form as a web page. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackReportLinkTest {
  private static final Pattern LINK = Pattern.compile("/desk/report\\?token=([A-Za-z0-9_-]{43})");

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackReportLinkTest(SlackServerHarness h) {
    this.h = h;
  }

  private JsonNode command(String text) throws Exception {
    return h.command(MEMBER, text);
  }

  @Test
  void reportOpensTheModalAndItsEphemeralReplyCarriesALinkThatOpensTheFormOnTheServer()
      throws Exception {
    JsonNode reply = command("report");

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
    Matcher link = LINK.matcher(reply.toString());
    assertThat(link.find()).as(reply.toString()).isTrue();
    assertThat(reply.toString()).contains("works once, for 10 minutes");

    HttpResponse<String> page =
        h.send(HttpRequest.newBuilder(h.path("/desk/report?token=" + link.group(1))).build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Confidential report</h1>", "name=\"f-what\"");
    assertThat(h.slack.calls())
        .as("the link goes only in the reply to the reporter, never through Slack's API")
        .noneMatch(c -> c.params().toString().contains(link.group(1)));
  }
}
