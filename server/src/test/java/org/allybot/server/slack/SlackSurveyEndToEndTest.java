package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.allybot.core.survey.SurveyRound;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Surveys and the campaign report in Slack, end to end: buttons, a modal, private replies. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackSurveyEndToEndTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackSurveyEndToEndTest(SlackServerHarness h) {
    this.h = h;
  }

  /** Clicks a button of a Block Kit message found by its label. */
  private void click(String user, JsonNode blocks, String label) throws Exception {
    JsonNode button =
        blocks.findParents("action_id").stream()
            .filter(b -> b.path("text").path("text").asText().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + blocks));
    String url = h.slack.responseUrl("click-" + trigger());
    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            user,
            button.path("action_id").asText(),
            button.path("value").asText(),
            url,
            trigger(),
            false));
  }

  /** The response_url post whose blocks say {@code text}, once it arrives. */
  private SlackCall responseSaying(String text) {
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> h.slack.calls("response_url").stream().anyMatch(c -> says(c, text)));
    return h.slack.calls("response_url").stream()
        .filter(c -> says(c, text))
        .findFirst()
        .orElseThrow();
  }

  private static boolean says(SlackCall call, String text) {
    return call.param("blocks").contains(text);
  }

  private void joinPilot() throws Exception {
    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            MEMBER,
            "ally:0:campaign.join",
            "pilot",
            h.slack.responseUrl("join"),
            trigger(),
            false));
  }

  @Test
  void joiningAsksTheBaselineAndEachClickShowsTheNextQuestionInPlace() throws Exception {
    h.command(ADMIN, "campaign create Pilot");
    joinPilot();
    SlackCall joined = responseSaying("Question 1 of 7");
    assertThat(joined.param("blocks")).contains("survey.answer");

    click(MEMBER, joined.json("blocks"), "4 · Agree");
    SlackCall next = responseSaying("Question 2 of 7");

    assertThat(next.param("replace_original")).isEqualTo("true");
    assertThat(next.param("blocks")).contains("speak up in a meeting");
    JsonNode pending = h.command(MEMBER, "survey");
    assertThat(pending.toString()).contains("One survey is waiting for you").contains("1 of 7");
  }

  @Test
  void aFreeTextQuestionOpensAModalWhoseAnswerIsKeptAndCounted() throws Exception {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    h.command(
        ADMIN,
        "campaign create Pilot --surveys feedback --end "
            + today
            + " --polls mon,tue,wed,thu,fri,sat,sun@00:00");
    joinPilot();
    responseSaying("You're in");

    assertThat(h.server.runtime().bot().sendDueSurveys()).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            h.slack.calls("chat.postMessage").stream()
                .anyMatch(
                    c -> c.param("blocks") != null && c.param("blocks").contains("Write my")));
    SlackCall question =
        h.slack.calls("chat.postMessage").stream()
            .filter(c -> c.param("blocks") != null && c.param("blocks").contains("Write my"))
            .findFirst()
            .orElseThrow();
    click(MEMBER, question.json("blocks"), "Write my answer");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    String callback = view.path("callback_id").asText();
    assertThat(callback).startsWith("survey.text|pilot|feedback|helped-most|");

    JsonNode tooLong =
        SlackServerHarness.json(
            h.post(
                    SlackPayloads.viewSubmission(
                        FakeSlackApi.TEAM,
                        MEMBER,
                        callback,
                        Map.of("answer", "x".repeat(2001)),
                        view.path("private_metadata").asText(),
                        trigger()))
                .body());
    assertThat(tooLong.path("response_action").asText()).isEqualTo("errors");
    assertThat(tooLong.path("errors").path("answer").asText()).contains("the limit is 2,000");

    h.post(
        SlackPayloads.viewSubmission(
            FakeSlackApi.TEAM,
            MEMBER,
            callback,
            Map.of("answer", "The weekly polls."),
            view.path("private_metadata").asText(),
            trigger()));

    responseSaying("Question 2 of 2");
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .surveys()
                .answers()
                .texts(SlackServerHarness.WORKSPACE, "pilot", SurveyRound.FEEDBACK, "helped-most"))
        .containsExactly("The weekly polls.");
  }

  @Test
  void theReportIsForAdminsAndOnlyTheCallerSeesIt() throws Exception {
    h.command(ADMIN, "campaign create Pilot");

    JsonNode report = h.command(ADMIN, "campaign report Pilot");
    JsonNode refused = h.command(MEMBER, "campaign report Pilot");

    assertThat(report.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(report.toString())
        .contains("Campaign report: Pilot")
        .contains("Enrolled: fewer than 5")
        .contains("Have at least one ally at work");
    assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(refused.toString()).contains("Only Allybot admins can do that.");
  }
}
