package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.allybot.testkit.slack.SlackSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad signatures get 401, oversized or malformed bodies 400, and no handler runs for any. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackRequestSafetyTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;
  private String command;

  SlackRequestSafetyTest(SlackServerHarness h) {
    this.h = h;
  }

  @BeforeEach
  void anIntrudersCommand() {
    command =
        SlackPayloads.command(
            FakeSlackApi.TEAM, "U0INTRUDER1", "stats", h.slack.responseUrl("x"), "trigger.1");
    h.slack.clearCalls();
  }

  private void assertNothingRan() {
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .members()
                .find(SlackServerHarness.user("U0INTRUDER1")))
        .isEmpty();
    assertThat(h.slack.calls()).isEmpty();
  }

  @Test
  void aMissingSignatureIsRefused() throws Exception {
    HttpResponse<String> r = h.send(SlackSigner.unsigned(h.events(), command).build());

    assertThat(r.statusCode()).isEqualTo(401);
    assertNothingRan();
  }

  @Test
  void aWrongSignatureIsRefused() throws Exception {
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> r =
        h.send(
            SlackSigner.unsigned(h.events(), command)
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header(
                    "X-Slack-Signature", new SlackSigner("another-secret").signature(command, now))
                .build());

    assertThat(r.statusCode()).isEqualTo(401);
    assertNothingRan();
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> r =
        h.send(
            SlackSigner.unsigned(h.events(), command + "&x=1")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", h.signer.signature(command, now))
                .build());

    assertThat(r.statusCode()).isEqualTo(401);
    assertNothingRan();
  }

  @Test
  void aTimestampMoreThanFiveMinutesOldIsRefused() throws Exception {
    long stale = Instant.now().getEpochSecond() - 900;

    assertThat(h.send(h.signer.post(h.events(), command, stale).build()).statusCode())
        .isEqualTo(401);
    assertNothingRan();
  }

  @Test
  void aTimestampMoreThanFiveMinutesAheadIsRefused() throws Exception {
    long future = Instant.now().getEpochSecond() + 900; // far past the limit, however slow the run

    assertThat(h.send(h.signer.post(h.events(), command, future).build()).statusCode())
        .isEqualTo(401);
    assertNothingRan();
  }

  @Test
  void aBodyOverOneMegabyteIsRefused() throws Exception {
    String huge = command + "&pad=" + "a".repeat(1_000_001);

    assertThat(h.post(huge).statusCode()).isEqualTo(400);
    assertNothingRan();
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    assertThat(h.post("{\"type\":\"event_callback\",").statusCode()).isEqualTo(400);
    assertThat(h.post("[1,2,3]").statusCode()).isEqualTo(400);
    assertNothingRan();
  }

  @Test
  void malformedFormsAreRefused() throws Exception {
    assertThat(h.post("payload=%7B%22type%22%3A").statusCode()).isEqualTo(400);
    assertThat(h.post("text=%ZZ&command=/ally").statusCode()).isEqualTo(400);
    assertThat(h.post("just some words").statusCode()).isEqualTo(400);
    assertThat(
            h.post(
                    "payload="
                        + java.net.URLEncoder.encode(
                            "{\"type\":\"block_actions\",\"actions\":[{\"action_id\":"
                                + "\"ally:0:poll.answer\"},}",
                            java.nio.charset.StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
    assertNothingRan();
  }

  @Test
  void aSignedGoodRequestStillWorksAfterRefusals() throws Exception {
    h.send(SlackSigner.unsigned(h.events(), command).build());

    HttpResponse<String> r = h.send(h.signer.post(h.events(), command).build());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(h.reply(r, "x").toString()).contains("ephemeral");
  }

  @Test
  void urlVerificationEchoesTheChallenge() throws Exception {
    HttpRequest req =
        h.signer
            .post(
                h.events(),
                "{\"type\":\"url_verification\",\"token\":\"t\",\"challenge\":\"c-42\"}")
            .build();

    assertThat(h.send(req).body()).contains("c-42");
  }

  @Test
  void slacksCertificateCheckIsAnsweredWithoutASignatureAndRunsNothing() throws Exception {
    HttpResponse<String> check =
        h.send(SlackSigner.unsigned(h.events(), "ssl_check=1&token=legacy-token").build());
    HttpResponse<String> commandWithIt =
        h.send(SlackSigner.unsigned(h.events(), command + "&ssl_check=1").build());

    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(check.body()).isEmpty();
    assertThat(commandWithIt.statusCode()).isEqualTo(401);
    assertNothingRan();
  }
}
