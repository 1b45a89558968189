package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.fuzz.Fuzz;
import org.allybot.testkit.fuzz.FuzzCase;
import org.allybot.testkit.fuzz.SlackRequestCases;
import org.allybot.testkit.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Properties of {@code /slack/events} over signed, mutated requests (fields dropped, null, of
 * another type, huge or odd text; hostile command lines; odd action ids and values): no answer is a
 * 5xx or Bolt's 404, nothing logs a stack trace, and a refused request stores nothing. CI runs a
 * fixed seed and few tries; CONTRIBUTING says how to run more. Failures it shrank are in {@link
 * SlackShrunkInputTest}.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackEndpointPropertiesTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackEndpointPropertiesTest(SlackServerHarness h) {
    this.h = h;
  }

  @Test
  void mutatedSignedRequestsGetNo5xxLogNoStackTraceAndRefusalsStoreNothing() {
    SlackRequestCases cases = new SlackRequestCases(FakeSlackApi.TEAM, h.slack.responseUrl("fuzz"));
    try (CapturedLog log = CapturedLog.start()) {
      Fuzz.forAll("Slack requests", 120, cases::next, c -> check(c, log));
      settle();
      assertThat(log.stackTraces()).as("stack traces after the last request").isZero();
    }
  }

  private void check(FuzzCase c, CapturedLog log) {
    log.clear();
    // Shrinking sends a case again, and its event or trigger id would be taken for a retry.
    h.redis.keys("ally:global:slack-seen*").forEach(h.redis::del);
    Set<String> workspaces = h.redis.smembers("ally:global:workspaces");
    HttpResponse<String> r;
    try {
      r = h.post(SlackRequestCases.body(c));
    } catch (Exception e) {
      throw new AssertionError("no answer: " + e.getClass().getSimpleName(), e);
    }
    // A 404 is Bolt finding no handler: every request must reach one of ours or a refusal.
    assertThat(r.statusCode()).as("status").isLessThan(500).isNotEqualTo(404);
    settle();
    assertThat(log.stackTraces()).as("stack traces").isZero();
    assertThat(log.lines(ch.qos.logback.classic.Level.ERROR)).as("errors").isEmpty();
    boolean refused = r.statusCode() >= 400 || !log.warnings("refused").isEmpty();
    if (refused) {
      assertThat(h.redis.keys("*" + SlackRequestCases.member(c) + "*")).as("stored").isEmpty();
      assertThat(h.redis.smembers("ally:global:workspaces")).as("workspaces").isEqualTo(workspaces);
    }
  }

  /** Work after the ack (replies, the home tab) runs on its own threads: let it log first. */
  private static void settle() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
