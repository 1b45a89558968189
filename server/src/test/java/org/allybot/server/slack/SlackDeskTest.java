package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The report desk in Slack: the form as a modal, its checks as modal errors, the desk's view. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackDeskTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackDeskTest(SlackServerHarness h) {
    this.h = h;
  }

  private JsonNode command(String user, String text) throws Exception {
    return h.command(user, text);
  }

  private boolean anyCallSays(String text) {
    return h.slack.calls().stream().anyMatch(c -> c.params().toString().contains(text));
  }

  @Test
  void reportOpensAModalWhoseSubmissionIsCheckedThenReachesTheDesk() throws Exception {
    command(ADMIN, "desk rota <@" + ADMIN + ">");
    command(MEMBER, "report");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    SlackCall open = h.slack.calls("views.open").getFirst();
    JsonNode view = open.json("view");
    assertThat(view.path("callback_id").asText()).isEqualTo("desk.report");
    assertThat(view.path("blocks").findValuesAsText("block_id"))
        .containsExactly(
            "what",
            "summary",
            "when",
            "where",
            "who",
            "affected",
            "followup",
            "anonymous",
            "hr",
            "escrow");
    assertThat(view.path("blocks").get(0).path("element").path("max_length").asInt())
        .as("Slack's own cap on a text input")
        .isEqualTo(3000);

    HttpResponse<String> bad =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "desk.report",
                Map.of("what", "", "hr", "maybe"),
                view.path("private_metadata").asText(),
                trigger()));
    JsonNode errors = SlackServerHarness.json(bad.body());
    assertThat(errors.path("response_action").asText()).isEqualTo("errors");
    assertThat(errors.path("errors").path("what").asText()).contains("what happened");
    assertThat(errors.path("errors").path("hr").asText()).contains("ask me first");

    HttpResponse<String> ok =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "desk.report",
                Map.of(
                    "what", "She said my hair was unprofessional.",
                    "who", "<@U0SUBJECT1>",
                    "hr", "no"),
                view.path("private_metadata").asText(),
                trigger()));
    assertThat(ok.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> anyCallSays("Report received: #1"));
    await().atMost(Duration.ofSeconds(5)).until(() -> anyCallSays("A new report (#1)"));

    JsonNode shown = command(ADMIN, "desk show 1");
    assertThat(shown.toString())
        .contains("She said my hair was unprofessional.")
        .contains("Reporter: anonymous")
        .doesNotContain(MEMBER);
    command(ADMIN, "desk ask 1 Who else was in the room?");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() ->
            h.slack.posted("D" + MEMBER).stream()
                .anyMatch(p -> p.text().contains("The desk asks about your report #1")));
    String question =
        h.slack.posted("D" + MEMBER).stream()
            .filter(p -> p.text().contains("The desk asks"))
            .findFirst()
            .orElseThrow()
            .ts();
    var reply =
        SlackPayloads.eventOf("message")
            .put("user", MEMBER)
            .put("text", "Only the two of us.")
            .put("channel", "D" + MEMBER)
            .put("channel_type", "im")
            .put("thread_ts", question)
            .put("ts", "1700000001.000900");
    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0DESK0001", reply));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> anyCallSays("The reporter answered report #1"));
    assertThat(command(ADMIN, "desk show 1").toString())
        .contains("Only the two of us.")
        .doesNotContain(MEMBER);

    assertThat(h.slack.calls().stream().filter(c -> !c.method().equals("views.open")))
        .as("no call to Slack carries the report's text but the desk's own reply")
        .noneMatch(c -> c.params().toString().contains("unprofessional"));
  }
}
